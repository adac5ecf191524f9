import { readFileSync } from 'node:fs';
import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The people directory's routes answer to people:read|write (not customers:*): the built-in Staff role
// holds people:*, and migration 0034 gives every existing role that could use them the same reach.

let app: TestApp;
let owner: TestWorkspace;
let personId: string;
beforeAll(async () => {
  app = await createTestApp();
  owner = await signUpAndCreateWorkspace(app);
  const res = await apiClient(app, owner.headers)('POST', '/customers', {
    name: 'Joana Lima',
    documents: [{ type: 'cpf', number: '529.982.247-25' }],
  });
  expect(res.statusCode, res.body).toBe(201);
  personId = res.json().id;
}, 120_000);
afterAll(() => app?.dispose());

const asMember = async (permissions: string[]) =>
  apiClient(app, (await signUpAndCreateWorkspace(app, { owner, permissions })).headers);

describe('people:* guards the people directory', () => {
  it('customers:* alone no longer reads or writes documents; people:read reads, people:write writes', async () => {
    const shopOnly = await asMember(['customers:*']);
    expect((await shopOnly('GET', '/people/by-document/cpf/52998224725')).statusCode).toBe(403);
    expect((await shopOnly('GET', `/people/${personId}/documents`)).statusCode).toBe(403);
    expect((await shopOnly('GET', `/customers/${personId}`)).statusCode).toBe(200);

    const reader = await asMember(['people:read']);
    expect((await reader('GET', '/people/by-document/cpf/52998224725')).json().id).toBe(personId);
    const refused = await reader('POST', `/people/${personId}/documents`, {
      type: 'cnpj',
      number: '11.444.777/0001-61',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'forbidden' });

    const writer = await asMember(['people:write']);
    const added = await writer('POST', `/people/${personId}/documents`, { type: 'cnpj', number: '11.222.333/0001-81' });
    expect(added.statusCode, added.body).toBe(201);
  });

  it('the built-in Staff role of a new workspace holds people:*', async () => {
    const roles = (await apiClient(app, owner.headers)('GET', '/roles')).json() as {
      items: { name: string; permissions: string[] }[];
    };
    expect(roles.items.find((r) => r.name === 'Staff')?.permissions).toContain('people:*');
  });

  it('migration 0034 gives existing roles the people permissions their customers ones imply', async () => {
    const file = readFileSync(
      new URL('../../../migrations/0034_agenda_catalog_people_permissions.sql', import.meta.url),
      'utf8',
    );
    const handWritten = file.slice(file.indexOf('-- hand-written below'));
    const role = async (permissions: string[]) => {
      const res = await apiClient(app, owner.headers)('POST', '/roles', { name: `r-${Math.random()}`, permissions });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const ids = {
      all: await role(['customers:*', 'orders:*']),
      read: await role(['customers:read']),
      write: await role(['customers:write', 'customers:read']),
      already: await role(['customers:*', 'people:*']),
      none: await role(['orders:read']),
    };
    // Run as the app role inside the owner's workspace (RLS shows it only those rows; the migrator sees all).
    const ctx = { ...systemContext(owner.workspaceId), db: app.database.db };
    await withTransaction(ctx, async (t) => {
      for (const statement of handWritten.split('--> statement-breakpoint')) await t.tx.execute(sql.raw(statement));
    });
    const after = async (id: string) =>
      ((await apiClient(app, owner.headers)('GET', `/roles/${id}`)).json() as { permissions: string[] }).permissions;
    expect(await after(ids.all)).toEqual(['customers:*', 'orders:*', 'people:*']);
    expect(await after(ids.read)).toEqual(['customers:read', 'people:read']);
    expect(await after(ids.write)).toEqual(['customers:write', 'customers:read', 'people:read', 'people:write']);
    expect(await after(ids.already)).toEqual(['customers:*', 'people:*']);
    expect(await after(ids.none)).toEqual(['orders:read']);
  });
});
