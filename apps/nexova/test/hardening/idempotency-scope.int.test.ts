import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { createIdempotencySweeper } from '@nexova/http';
import { anonymousActor } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Idempotency-Key scoping with real identities: keys belong to a workspace and a principal (the
// signed-in user), stored under row-level security, swept when they expire.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.dispose();
});

const post = (who: TestWorkspace, key: string, name: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/customers',
    headers: { ...who.headers, 'idempotency-key': key },
    payload: { name },
  });

describe('Idempotency-Key scope', () => {
  it('is per workspace and per principal: only the same caller in the same workspace gets a replay', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const member = await signUpAndCreateWorkspace(app, { owner });
    const stranger = await signUpAndCreateWorkspace(app);
    const key = randomUUID();
    const first = await post(owner, key, 'Same key');
    const sameWorkspaceOtherUser = await post(member, key, 'Same key');
    const otherWorkspace = await post(stranger, key, 'Same key');
    for (const res of [first, sameWorkspaceOtherUser, otherWorkspace]) {
      expect(res.statusCode).toBe(201);
      expect(res.headers['idempotent-replayed']).toBeUndefined();
    }
    expect(new Set([first, sameWorkspaceOtherUser, otherWorkspace].map((r) => r.json().id)).size).toBe(3);
    const again = await post(owner, key, 'Same key');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toBe(first.body);
  });

  it("row-level security hides another workspace's records, and the sweeper deletes expired ones", async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const key = randomUUID();
    expect((await post(ws, key, 'Swept')).statusCode).toBe(201);
    const visible = (workspaceId: string) =>
      withTransaction({ workspaceId, actor: anonymousActor, requestId: 'rls', db: app.database.db }, (t) =>
        queryRows(t.tx, sql`select 1 from http.idempotency_keys where key = ${key}`),
      );
    expect(await visible(ws.workspaceId)).toHaveLength(1);
    expect(await visible(randomUUID())).toHaveLength(0);
    await app.database.asOwner((d) =>
      d.execute(sql`update http.idempotency_keys set expires_at = now() - interval '1 second' where key = ${key}`),
    );
    const logged: object[] = [];
    const log = { info: (o: object) => logged.push(o), warn: (o: object) => logged.push(o) };
    await createIdempotencySweeper({ config: app.config, database: app.database, logger: log }).sweep();
    expect(logged).toContainEqual({ deleted: 1 });
    expect(await visible(ws.workspaceId)).toHaveLength(0);
  });
});
