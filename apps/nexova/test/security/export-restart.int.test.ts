import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { until } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Exports interrupted by a stopped process (issue 14): a person export and an audit export are asked
// of one API process, which stops mid-export (its route plugins abort what they run; the rows stay
// running, their heartbeat stopped). When the workers start again — another process over the same
// database — the recovery workers claim them: resumed to completion, or past EXPORT_MAX_ATTEMPTS
// failed with the reason the API shows. No clock is faked: EXPORT_STALE_AFTER_MS is 1 ms here.

// The processes share one file store, as replicas do (S3 in production).
const ENV = {
  EXPORT_STALE_AFTER_MS: '1',
  EXPORT_RECOVERY_INTERVAL_MS: '100',
  EXPORT_HEARTBEAT_MS: '60000',
  NEXOVA_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexova-export-restart-')),
};

let app: TestApp;
let ws: TestWorkspace;
let call: ApiCall;
let personId: string;
beforeAll(async () => {
  app = await createTestApp(ENV);
  ws = await signUpAndCreateWorkspace(app);
  call = apiClient(app, ws.headers);
  const person = await call('POST', '/customers', { name: 'Rita Restart', email: 'rita.restart@example.com' });
  expect(person.statusCode, person.body).toBe(201);
  personId = person.json().id;
}, 120_000);
afterAll(() => app?.dispose());

/**
 * Asks an API process for an export, then stops that process before the export ends. Stopping
 * races the export (a small one can finish first on a loaded machine): a finished one is asked for
 * again, up to five times, so what follows always starts from an interrupted export.
 */
async function interrupted(url: string, body?: object): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const replica = await createTestApp(ENV, { sharing: app });
    const res = await apiClient(replica, ws.headers)('POST', url, body);
    await replica.dispose();
    expect(res.statusCode, res.body).toBe(202);
    const left = (await call('GET', `${url}/${res.json().id}`)).json();
    if (left.status === 'completed' && attempt < 5) continue;
    expect(left.status, JSON.stringify(left)).toMatch(/^(queued|running)$/);
    expect(left.attempts).toBe(1);
    return `${url}/${res.json().id}`;
  }
}

const exportsInterrupted = async () => ({
  person: await interrupted(`/people/${personId}/exports`),
  audit: await interrupted('/audit/exports', { format: 'json' }),
});

const settled = (url: string) =>
  until(
    async () => (await call('GET', url)).json(),
    (job) => job.status === 'completed' || job.status === 'failed',
    `${url} settles`,
    60_000,
  );

describe('exports interrupted by a restart', () => {
  it('are resumed to completion when the workers start again', async () => {
    const urls = await exportsInterrupted();
    const restarted = await createTestApp(ENV, { sharing: app, workers: true });
    try {
      const person = await settled(urls.person);
      expect(person).toMatchObject({ status: 'completed', attempts: 2, error: null });
      expect(person.sections_done).toBe(person.sections_total);
      const archive = await app.inject({ method: 'GET', url: person.download.url });
      expect(archive.statusCode).toBe(200);
      expect(archive.rawPayload.length).toBe(person.download.size);
      const audit = await settled(urls.audit);
      expect(audit).toMatchObject({ status: 'completed', attempts: 2, error: null });
      const file = await app.inject({ method: 'GET', url: audit.download.url });
      expect(file.statusCode).toBe(200);
      expect(JSON.parse(file.body).length).toBe(audit.total_rows);
    } finally {
      await restarted.dispose();
    }
  });

  it('are failed with the reason once their attempts are spent', async () => {
    const urls = await exportsInterrupted();
    const restarted = await createTestApp({ ...ENV, EXPORT_MAX_ATTEMPTS: '1' }, { sharing: app, workers: true });
    try {
      for (const url of Object.values(urls)) {
        const job = await settled(url);
        expect(job).toMatchObject({ status: 'failed', attempts: 1, download: null });
        expect(job.error).toMatch(/^Interrupted: the process running this export stopped \(1 of 1 attempts\)/);
        expect(job.finished_at).not.toBeNull();
      }
    } finally {
      await restarted.dispose();
    }
  });
});
