import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDashboardBuilt } from '@nexova/dashboard/build';
import { createTestDatabase, services, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnNexova, waitForLine } from './process';

// A local OTLP/HTTP collector: it records every export the binary sends to /v1/traces.
const exports: { path: string; type: string; body: Buffer }[] = [];
const collector = createServer((req: IncomingMessage, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    exports.push({ path: req.url ?? '', type: String(req.headers['content-type']), body: Buffer.concat(chunks) });
    collector.emit('export');
    res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
  });
});

let database: TestDatabase | undefined;
beforeAll(async () => {
  // The launcher builds the dashboard when stale before `start`: done here, outside the test's time.
  await ensureDashboardBuilt();
  collector.listen(0, '127.0.0.1');
  await once(collector, 'listening');
  if (services.postgresUrl) {
    database = await createTestDatabase();
    await database.close();
  }
});
afterAll(async () => {
  collector.close();
  await database?.dispose();
});

describe('OpenTelemetry', () => {
  it('exports HTTP and database spans over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set', async () => {
    const { port } = collector.address() as AddressInfo;
    // The compiled build, as `npm start` runs it: OpenTelemetry must still patch http and pg first.
    const run = spawnNexova(
      ['start', '--port', '0'],
      {
        HOST: '127.0.0.1',
        NEXOVA_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexova-otel-')),
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
        OTEL_SERVICE_NAME: 'nexova-otel-test',
        OTEL_BSP_SCHEDULE_DELAY: '100',
        ...(database?.url ? { DATABASE_URL: database.url } : {}),
      },
      'compiled',
    );
    const line = await waitForLine(run, /Nexova listening on/);
    const url = (JSON.parse(line) as { address: string }).address;
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    // Wait for the export that carries this request's span (the batch processor flushes every 100 ms).
    const text = () => Buffer.concat(exports.map((e) => e.body)).toString('latin1');
    while (!text().includes('/health/ready')) await once(collector, 'export');
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    const all = text();
    expect(exports[0]?.path).toBe('/v1/traces');
    expect(exports[0]?.type).toBe('application/x-protobuf');
    expect(all).toContain('nexova-otel-test');
    if (database) expect(all).toMatch(/pg\.query|select 1/);
  }, 180_000); // the compiled build may be built first (npm start's path), slow on a busy machine
});
