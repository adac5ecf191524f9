import { withTransaction } from '@nexova/db';
import { createEmbeddedTransport, defineConsumer, defineEvent, publish } from '@nexova/events';
import { ensureUser } from '@nexova/identity';
import { newId, systemContext } from '@nexova/kernel';
import { defineModule } from '@nexova/module';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../src/testing';

const opsHappened = defineEvent({
  type: 'probe.ops.happened',
  version: 1,
  aggregate: 'probe',
  description: 'Operations-test probe event (tests only).',
  payload: z.object({ n: z.number() }),
});

let broken = true;
let handled = 0;
const consumer = defineConsumer({
  name: `ops-probe-${newId().slice(-12)}`,
  events: [opsHappened],
  maxAttempts: 1,
  async handle() {
    if (broken) throw new Error('handler is broken');
    handled++;
  },
});

let app: TestApp;
let admin: Record<string, string>;
let member: Record<string, string>;
beforeAll(async () => {
  // The probe consumer joins the app's composition, so the operations API lists it like any other.
  app = await createTestApp(
    {},
    { modules: [defineModule({ name: 'ops-probe', consumers: [consumer], events: [opsHappened] })] },
  );
  // A platform admin (the only kind of user these routes admit) and an ordinary workspace Owner.
  const email = `ops-admin-${newId()}@example.com`;
  const ctx = { ...systemContext(), db: app.database.db };
  const { password } = await ensureUser({
    ctx,
    input: { email, firstName: 'Ops', lastName: 'Admin', isPlatformAdmin: true },
  });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  admin = { authorization: `Bearer ${(login.json() as { access_token: string }).access_token}` };
  member = { authorization: (await signUpAndCreateWorkspace(app)).headers.authorization as string };
});
afterAll(() => app?.dispose());

describe('event operations API (/api/v1/system/events, /api/v1/system/consumers)', () => {
  it('lists, shows, replays and refuses to replay twice; consumers show position, lag and last error', async () => {
    const transport = createEmbeddedTransport({ database: app.database, consumers: [consumer] });
    await withTransaction({ ...systemContext(newId()), db: app.database.db }, (t) =>
      publish(t, opsHappened, { aggregateId: 'p1', payload: { n: 1 } }),
    );
    const listLetters = () =>
      app.inject({ method: 'GET', url: `/api/v1/system/events/dlq?consumer=${consumer.name}`, headers: admin });
    // A consumer sees an event once every older transaction on the server has ended (the log's
    // visibility horizon), so on a busy shared PostgreSQL one drain may come too early: drain again.
    let list = await listLetters();
    while (list.json().items.length === 0) {
      await transport.drain();
      list = await listLetters();
    }
    expect(list.statusCode).toBe(200);
    const [letter] = list.json().items;
    expect(letter).toMatchObject({ consumer: consumer.name, event_type: 'probe.ops.happened.v1', attempts: 1 });

    const show = await app.inject({ method: 'GET', url: `/api/v1/system/events/dlq/${letter.id}`, headers: admin });
    expect(show.json()).toMatchObject({ errors: [{ attempt: 1, error: 'Error: handler is broken' }] });
    expect(show.json().event.payload).toEqual({ n: 1 });

    const consumers = await app.inject({ method: 'GET', url: '/api/v1/system/consumers', headers: admin });
    const status = consumers.json().items.find((c: { name: string }) => c.name === consumer.name);
    expect(status).toMatchObject({ dead_letters: 1, last_error: 'Error: handler is broken', lag_events: 0 });

    broken = false;
    const replay = await app.inject({
      method: 'POST',
      url: `/api/v1/system/events/dlq/${letter.id}/replay`,
      headers: admin,
    });
    expect(replay.statusCode).toBe(200);
    expect(replay.json().status).toBe('replayed');
    await transport.drain();
    expect(handled).toBe(1);
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/system/events/dlq/${letter.id}/replay`,
      headers: admin,
    });
    expect(again.statusCode).toBe(409);
    const missing = await app.inject({
      method: 'POST',
      url: `/api/v1/system/events/dlq/${newId()}/discard`,
      headers: admin,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('setup answers for the embedded transport', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/system/events/setup', headers: admin });
    expect(res.json()).toEqual({ transport: 'embedded', done: true });
  });

  it('is for platform admins only: a workspace Owner gets 403, no token 401', async () => {
    const asOwner = await app.inject({ method: 'GET', url: '/api/v1/system/consumers', headers: member });
    expect(asOwner.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/system/consumers' })).statusCode).toBe(401);
  });
});
