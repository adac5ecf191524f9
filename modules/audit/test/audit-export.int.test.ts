import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Audit exports end to end: a CSV and a JSON export hold exactly the entries GET /audit shows for the
// same filters (personal values masked as there), the job reports progress, the export is itself
// audited, and another workspace cannot see it.

let app: TestApp;
let ws: TestWorkspace;
let call: ApiCall;

beforeAll(async () => {
  app = await createTestApp();
  ws = await signUpAndCreateWorkspace(app);
  call = apiClient(app, ws.headers);
  for (const name of ['Auditors', 'Cashiers', 'Stock']) {
    const res = await call('POST', '/roles', { name, permissions: ['orders:read'] });
    expect(res.statusCode, res.body).toBe(201);
  }
  const customer = await call('POST', '/customers', { name: 'Ana Export', email: 'ana.export@example.com' });
  expect(customer.statusCode, customer.body).toBe(201);
}, 120_000);
afterAll(() => app?.dispose());

type Entry = { id: string; seq: number; action: string; hash: string; changes: unknown };

/** Every entry GET /audit shows for the query, page after page. */
async function listed(query: string): Promise<Entry[]> {
  const all: Entry[] = [];
  let cursor: string | null = null;
  do {
    const res = await call('GET', `/audit?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    all.push(...res.json().items);
    cursor = res.json().next_cursor;
  } while (cursor);
  return all;
}

/** Asks for an export, polls it as a client would, and downloads its file. */
async function exported(body: Record<string, string>) {
  const res = await call('POST', '/audit/exports', body);
  expect(res.statusCode, res.body).toBe(202);
  expect(res.headers.location).toBe(`/api/v1/audit/exports/${res.json().id}`);
  const job = await vi.waitFor(
    async () => {
      const current = (await call('GET', `/audit/exports/${res.json().id}`)).json();
      if (current.status === 'queued' || current.status === 'running') throw new Error('still running');
      return current;
    },
    { timeout: 20_000, interval: 50 },
  );
  expect(job).toMatchObject({ status: 'completed', format: body.format });
  expect(job.processed_rows).toBe(job.total_rows);
  const file = await app.inject({ method: 'GET', url: job.download.url });
  expect(file.statusCode).toBe(200);
  expect(file.rawPayload.length).toBe(job.download.size);
  return { job, text: file.body };
}

describe('audit export', () => {
  it('writes a JSON file with exactly the entries GET /audit shows, masked the same way', async () => {
    const { job, text } = await exported({ format: 'json' });
    const rows = JSON.parse(text) as Entry[];
    const shown = await listed('');
    expect(rows).toEqual(shown);
    expect(job.total_rows).toBe(shown.length);
    expect(text).not.toContain('ana.export@example.com');
    expect(rows[0]).toMatchObject({ action: 'audit.exported', target: { type: 'audit_export', id: job.id } });
  });

  it('writes a CSV file with the filtered entries in the same order', async () => {
    const { text } = await exported({ format: 'csv', category: 'access', action: 'createRole' });
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const shown = await listed('&category=access&action=createRole');
    expect(shown).toHaveLength(3);
    expect(rows.map((r) => [r.id, Number(r.seq), r.action, r.hash])).toEqual(
      shown.map((e) => [e.id, e.seq, e.action, e.hash]),
    );
    expect(rows.map((r) => JSON.parse(r.changes || 'null'))).toEqual(shown.map((e) => e.changes));
  });

  it('names the field of a bad request and hides the export from another workspace', async () => {
    const bad = await call('POST', '/audit/exports', { format: 'xml' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('/format');
    const { job } = await exported({ format: 'json', action: 'createRole' });
    const other = apiClient(app, (await signUpAndCreateWorkspace(app)).headers);
    const res = await other('GET', `/audit/exports/${job.id}`);
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json().code).toBe('audit_export_not_found');
  });
});
