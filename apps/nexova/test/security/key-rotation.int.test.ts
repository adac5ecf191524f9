import { apiClient, createTestApp, main, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { createLogger } from '@nexova/observability';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `nexova privacy rotate-keys` beside a serving app (docs/PRIVACY.md, rotation step 2): a new
// workspace key version wraps every person key; the people it served before read the same after,
// lookups by blind index still find them, and new people are sealed under the new version.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
}, 120_000);
afterAll(() => app?.dispose());

async function cli(...args: string[]) {
  const lines: string[] = [];
  const io = { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) };
  const code = await main(args, io, { config: app.config, logger: createLogger('silent'), database: app.database });
  return { code, out: lines.join('') };
}

const versions = (workspaceId: string) =>
  withTransaction({ ...systemContext(workspaceId), db: app.database.db }, (t) =>
    queryRows<{ version: number; retired: boolean }>(
      t.tx,
      sql`select version, retired_at is not null as retired from privacy.workspace_keys order by version`,
    ),
  );

describe('personal-data key rotation', () => {
  it('re-wraps every person key under a new workspace key; reads and lookups are unchanged', async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const call = apiClient(app, ws.headers);
    const ana = await call('POST', '/customers', {
      name: 'Ana Rotação',
      phone: '+5511987650011',
      email: 'ana.rot@example.com',
      documents: [{ type: 'cpf', number: '52998224725' }],
    });
    expect(ana.statusCode, ana.body).toBe(201);
    expect(await versions(ws.workspaceId)).toEqual([{ version: 1, retired: false }]);

    const one = await cli('privacy', 'rotate-keys', '--workspace', ws.workspaceId);
    expect(one.code, one.out).toBe(0);
    expect(one.out).toContain(`rotated ${ws.workspaceId}  key version 2, 1 person keys re-wrapped`);
    const all = await cli('privacy', 'rotate-keys');
    expect(all.code, all.out).toBe(0);
    expect(all.out).toContain(`rotated ${ws.workspaceId}  key version 3`);
    expect(await versions(ws.workspaceId)).toEqual([
      { version: 1, retired: true },
      { version: 2, retired: true },
      { version: 3, retired: false },
    ]);

    const read = await call('GET', `/customers/${ana.json().id}`);
    expect(read.json()).toMatchObject({ phone: '+5511987650011', email: 'ana.rot@example.com' });
    expect((await call('GET', '/customers/by-phone/+551187650011')).json().id).toBe(ana.json().id);
    expect((await call('GET', '/people/by-document/cpf/529.982.247-25')).json().id).toBe(ana.json().id);
    const bea = await call('POST', '/customers', { name: 'Bea', phone: '+5511987650022' });
    expect(bea.json().phone).toBe('+5511987650022');

    const bad = await cli('privacy', 'rotate-keys', '--workspace', 'nope');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('--workspace must be a workspace id');
  });
});
