import { randomUUID } from 'node:crypto';
import { createTestApp, main, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { retainedEventTypes, sweepEvents } from '@nexova/events';
import { createLogger } from '@nexova/observability';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingFacts, eventually } from './billing';
import { bookable, type Clinic, clinicWorkspace, hold, patient, tomorrow } from './clinic';

// `nexova read-models rebuild` empties the read models and replays the event log: after the
// retention sweeper has run, the rows it rebuilds are the rows the live consumers wrote (the sweeper
// keeps the types the read models declare). The command runs in this process on the test database,
// as a running server runs it for a CLI.

let app: TestApp;
let c: Clinic;
let other: Clinic;
beforeAll(async () => {
  // A consumer is woken only by commits of its own types; past other types its checkpoint moves at
  // the idle fallback, short here so the sweep below finds every consumer past the test's rows.
  app = await createTestApp({ EVENTS_IDLE_POLL_MS: '500' }, { workers: true });
  c = await clinicWorkspace(app);
  other = await clinicWorkspace(app);
}, 120_000);
afterAll(() => app?.dispose());

const at = (hhmm: string) => `${tomorrow()}T${hhmm}:00-03:00`;

/** Every row of the read models' tables, in key order (as the owner: no row-level security). */
const snapshot = () =>
  app.database.asOwner(async (db) => ({
    timeline: await queryRows(db, sql`select * from patient_records.timeline_entries order by workspace_id, event_id`),
    appointments: await queryRows(
      db,
      sql`select * from patient_records.appointments order by workspace_id, appointment_id`,
    ),
    invoices: await queryRows(db, sql`select * from patient_records.invoices order by workspace_id, invoice_id`),
    payments: await queryRows(db, sql`select * from patient_records.payments order by workspace_id, payment_id`),
  }));

/** Workspaces whose read models hold the last billing facts: a voided invoice, a reversed payment, both on the timeline. */
const billingSettled = async () =>
  (
    await app.database.asOwner((db) =>
      queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from tenancy.workspaces w
            where w.id in (${c.ws.workspaceId}, ${other.ws.workspaceId})
              and exists (select 1 from patient_records.invoices i where i.workspace_id = w.id and i.voided_at is not null)
              and exists (select 1 from patient_records.payments p where p.workspace_id = w.id and p.reversed_at is not null)
              and (select count(distinct kind) from patient_records.timeline_entries t
                    where t.workspace_id = w.id and t.kind in ('invoice.voided', 'payment.reversed')) = 2`,
      ),
    )
  )[0]?.n;

/** Consumers whose checkpoint is short of the last event in the log. */
const consumersBehind = async () =>
  (
    await app.database.asOwner((db) =>
      queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from events.checkpoints c,
              (select txid, position from events.outbox order by txid desc, position desc limit 1) o
            where (c.last_txid, c.last_position) < (o.txid, o.position)`,
      ),
    )
  )[0]?.n;

const retainedCount = async (types: string[]) =>
  (
    await app.database.asOwner((db) =>
      queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from events.outbox where type = any(${`{${types.join(',')}}`}::text[])`,
      ),
    )
  )[0]?.n;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
  const host = { config: app.config, logger: createLogger('silent'), database: app.database };
  const code = await main(argv, io, host);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function activity(cl: Clinic) {
  const b = await bookable(cl);
  const p = await patient(cl);
  const dup = await patient(cl);
  expect((await cl.call('PATCH', `/patients/${p}`, { allergies: [{ name: 'Latex' }] })).statusCode).toBe(200);
  const first = (await hold(cl, b, at('09:00'), { patient_id: p })).json().id;
  await cl.call('POST', `/agenda/appointments/${first}/book`);
  const moved = (await cl.call('POST', `/agenda/appointments/${first}/reschedule`, { starts_at: at('11:00') })).json()
    .id;
  for (const step of ['check-in', 'start', 'complete'])
    expect((await cl.call('POST', `/agenda/appointments/${moved}/${step}`)).statusCode).toBe(200);
  const bill = billingFacts(app, cl.ws.workspaceId, dup);
  const [i1, i2, pay] = [randomUUID(), randomUUID(), randomUUID()];
  await bill.issue(i1, 1, 30000);
  await bill.pay(i1, pay, 10000, 1);
  await bill.issue(i2, 2, 5000);
  await bill.void(i2, 2, 5000, 'erro');
  await bill.reverse(i1, pay, 10000, 'devolução');
  const person = async (id: string) => (await cl.call('GET', `/patients/${id}`)).json().person_id as string;
  const merged = await cl.call('POST', `/customers/${await person(p)}/merge`, { duplicate_id: await person(dup) });
  expect(merged.statusCode, merged.body).toBe(200);
  return p;
}

describe('nexova read-models rebuild', () => {
  it('after a sweep, rebuilds the same summary and timeline rows from the log', async () => {
    const patients = [await activity(c), await activity(other)];
    // Both read models have caught up: the merge is the last event each consumer sees.
    for (const [cl, p] of [
      [c, patients[0]],
      [other, patients[1]],
    ] as const) {
      await eventually(
        async () => (await cl.call('GET', `/patients/${p}/timeline?kind=patient.merged`)).json().items.length,
        (n) => n === 1,
        'the timeline never saw the merge',
      );
      await eventually(
        async () => (await cl.call('GET', `/patients/${p}/summary`)).json(),
        (s) => s.invoices_count === 1 && s.last_visit !== null,
        'the summary never saw the merge',
      );
    }
    // Each read model has its own consumers and checkpoints (billing facts, merges, timeline): the
    // merge seen above says nothing of the billing consumer, so wait for the last billing facts too.
    await eventually(
      () => billingSettled(),
      (n) => n === 2,
      'the read models never saw the voided invoice and the reversed payment',
    );
    const live = await snapshot();
    expect(live.timeline.length).toBeGreaterThan(20);

    // The sweeper, with no age left to keep (0 days): what every consumer passed may go, except the
    // types the read models declared.
    const keep = retainedEventTypes(app.composition.readModels);
    expect(keep).toEqual(
      expect.arrayContaining(['billing.payment.reversed', 'clinic.patient.merged', 'agenda.queue.joined']),
    );
    const kept = await retainedCount(keep);
    // On the embedded log every consumer has passed every row, so other types go; on JetStream the
    // relay's checkpoint decides (packages/events' retention test shows they go). None of ours does.
    if (!app.config.NATS_URL)
      await eventually(
        () => consumersBehind(),
        (n) => n === 0,
        'every consumer to pass the log head',
      );
    const swept = await sweepEvents(app.database.db, 0, 10_000, keep);
    if (!app.config.NATS_URL) expect(swept.outbox).toBeGreaterThan(0);
    expect(await retainedCount(keep)).toBe(kept);

    // Damage both read models: only emptying them and replaying can repair this.
    await app.database.asOwner(async (db) => {
      await db.execute(sql`delete from patient_records.timeline_entries where kind like 'invoice.%'`);
      await db.execute(sql`update patient_records.invoices set total_minor = 1`);
    });
    expect(await snapshot()).not.toEqual(live);

    const run = await cli('read-models', 'rebuild');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/patient-summary: workspace 1\/2 [0-9a-f-]{36}: \d+ events/);
    expect(run.stdout).toMatch(/Rebuilt patient-timeline: \d+ events in 2 workspaces\./);
    expect(await snapshot()).toEqual(live);

    // One model of one workspace.
    const one = await cli('read-models', 'rebuild', '--model', 'patient-timeline', '--workspace', c.ws.workspaceId);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).not.toContain('patient-summary');
    expect(one.stdout).toMatch(/Rebuilt patient-timeline: \d+ events in 1 workspaces\./);
    expect(await snapshot()).toEqual(live);
  });

  it('refuses an unknown model or a workspace that is not an id', async () => {
    const model = await cli('read-models', 'rebuild', '--model', 'nope');
    expect(model.code).toBe(1);
    expect(model.stderr).toMatch(/--model must be one of patient-summary, patient-timeline, shop-figures, got "nope"/);
    const ws = await cli('read-models', 'rebuild', '--workspace', 'abc');
    expect(ws.code).toBe(1);
    expect(ws.stderr).toMatch(/--workspace must be a workspace id/);
    expect((await cli('read-models', 'replay')).code).toBe(1);
  });
});
