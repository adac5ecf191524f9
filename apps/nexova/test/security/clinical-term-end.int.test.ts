import { apiClient, createTestApp, main, type TestApp } from '@nexova/app';
import { queryRows, type TxContext, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { createLogger } from '@nexova/observability';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { PNG } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The end of the clinical term (Lei 13.787/2018; docs/PRIVACY.md): a clinical record outlives its
// person's erasure for RETENTION_CLINICAL_RECORDS_DAYS after the last clinical activity; then the
// retention run shreds the erased person's health key (audited, reported), the API answers the record
// as an erased one (empty clinical fields, note bodies "", no attachments). A dry run changes nothing;
// a second run does nothing more; a person not erased, or still within the term, is untouched.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ RETENTION_CLINICAL_RECORDS_DAYS: '30', RETENTION_CLINICAL_RECORDS_MIN_DAYS: '1' });
}, 120_000);
afterAll(() => app?.dispose());

async function cli(...args: string[]) {
  const lines: string[] = [];
  const io = { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) };
  const code = await main(args, io, { config: app.config, logger: createLogger('silent'), database: app.database });
  return { code, out: lines.join('') };
}

function multipart(data: Buffer, filename: string) {
  const boundary = 'nexovaterm';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('end of the clinical term', () => {
  it('shreds an erased person’s health key once the term has passed, reported and audited, once', async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const call = apiClient(app, ws.headers);
    const enable = await call('PATCH', `/workspaces/${ws.workspaceId}`, { settings: { modules: ['clinic'] } });
    expect(enable.statusCode, enable.body).toBe(200);
    const db = <T>(fn: (t: TxContext) => Promise<T>) =>
      withTransaction({ ...systemContext(ws.workspaceId), db: app.database.db }, fn);
    const patient = async (name: string, phone: string) => {
      const res = await call('POST', '/patients', {
        person: { name, phone },
        allergies: [{ name: 'Dipirona', severity: 'severe' }],
        conditions: [{ name: 'Asma', icd10: 'J45' }],
        alert_flags: ['gestante'],
        emergency_contact: { name: 'Rui Prazo', phone: '+5511912340077', relationship: 'spouse' },
      });
      expect(res.statusCode, res.body).toBe(201);
      const p = res.json();
      expect((await call('POST', `/patients/${p.id}/notes`, { body: 'Crise asmática leve.' })).statusCode).toBe(201);
      const body = multipart(PNG, 'espirometria.png');
      const upload = await app.inject({
        method: 'POST',
        url: `/api/v1/patients/${p.id}/attachments`,
        headers: { ...ws.headers, 'idempotency-key': crypto.randomUUID(), 'content-type': body.contentType },
        payload: body.payload,
      });
      expect(upload.statusCode, upload.body).toBe(201);
      return p as { id: string; person_id: string };
    };
    const ended = await patient('Helena Prazo', '+5511987650077');
    const living = await patient('Iris Prazo', '+5511987650078');
    const recent = await patient('Joana Prazo', '+5511987650079');
    for (const p of [ended, recent]) expect((await call('POST', `/people/${p.person_id}/erase`)).statusCode).toBe(200);
    // The last clinical activity of two of them is 31 days old (the term here: 30 days).
    const old = new Date(Date.now() - 31 * 86_400_000).toISOString();
    await db(async (t) => {
      for (const p of [ended, living]) {
        await t.tx.execute(
          sql`update clinic.patients set created_at = ${old}::timestamptz, updated_at = ${old}::timestamptz where id = ${p.id}`,
        );
        await t.tx.execute(sql`update clinic.notes set created_at = ${old}::timestamptz where patient_id = ${p.id}`);
        await t.tx.execute(
          sql`update clinic.attachments set created_at = ${old}::timestamptz where patient_id = ${p.id}`,
        );
      }
    });
    const read = async (id: string) => {
      const p = (await call('GET', `/patients/${id}`)).json();
      const notes = (await call('GET', `/patients/${id}/notes`)).json().items.map((n: { body: string }) => n.body);
      const files = (await call('GET', `/patients/${id}/attachments`)).json().items;
      return {
        allergies: p.allergies.map((a: { name: string }) => a.name),
        conditions: p.conditions.length,
        alert_flags: p.alert_flags,
        emergency_contact: p.emergency_contact?.name ?? null,
        notes,
        files: files.length,
      };
    };
    const readable = {
      allergies: ['Dipirona'],
      conditions: 1,
      alert_flags: ['gestante'],
      emergency_contact: 'Rui Prazo',
      notes: ['Crise asmática leve.'],
      files: 1,
    };
    const audited = () =>
      db((t) =>
        queryRows<{ target_id: string; changes: unknown }>(
          t.tx,
          sql`select target_id, changes from audit.entries where action = 'privacy.clinical_record_shredded'`,
        ),
      );

    // The workspace's own term (PUT /retention) within the bounds: 60 days keeps the record; back to the default.
    const refused = await call('PUT', '/retention', { clinical_records_days: 0 });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.body).toContain('/clinical_records_days');
    const longer = await call('PUT', '/retention', { clinical_records_days: 60 });
    expect(longer.json().classes.clinical_records).toMatchObject({ days: 60, source: 'workspace', default_days: 30 });
    expect((await cli('retention', 'run', '--dry-run')).out).toContain('would shred the health key of 0 erased');
    expect((await call('PUT', '/retention', { clinical_records_days: null })).statusCode).toBe(200);

    const dry = await cli('retention', 'run', '--dry-run');
    expect(dry.code, dry.out).toBe(0);
    expect(dry.out).toContain('clinical_records  would shred the health key of 1 erased people');
    expect(await read(ended.id)).toEqual(readable);
    expect(await audited()).toEqual([]);

    const run = await cli('retention', 'run');
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('clinical_records  shredded the health key of 1 erased people');
    // The record answers as an erased one: the patient stays, nothing clinical opens.
    expect(await read(ended.id)).toEqual({
      allergies: [],
      conditions: 0,
      alert_flags: [],
      emergency_contact: null,
      notes: [''],
      files: 0,
    });
    expect(await read(living.id)).toEqual(readable);
    expect(await read(recent.id)).toEqual(readable);
    expect(await audited()).toEqual([{ target_id: ended.person_id, changes: null }]);
    const [key] = await db((t) =>
      queryRows<{ shredded: boolean }>(
        t.tx,
        sql`select shredded_at is not null and wrapped_key is null as shredded from privacy.person_keys
            where person_id = ${ended.person_id} and purpose = 'health'`,
      ),
    );
    expect(key?.shredded).toBe(true);
    const deletions = await db((t) => queryRows(t.tx, sql`select key from files.deletions`));
    expect(deletions).toHaveLength(1);

    const again = await cli('retention', 'run');
    expect(again.out).toContain('clinical_records  shredded the health key of 0 erased people');
    expect(await audited()).toHaveLength(1);
  });
});
