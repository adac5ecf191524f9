import { queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blindIndex, localKms, openPersonal, rotateWorkspaceKeys, sealPersonal, shredPersonKey } from './index';

// The keyring against the real database (PGlite, or PostgreSQL with DATABASE_URL), as the app role.
let database: TestDatabase;
const ctxOf = (workspaceId: string) => ({ ...systemContext(workspaceId), db: database.db });
const oldSecret = 'old-master-secret-old-master-secret-0001';
const newSecret = 'new-master-secret-new-master-secret-0002';

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

describe('personal data keyring', () => {
  it('seals a value per person, opens it back, and binds it to its person', async () => {
    const kms = localKms(oldSecret);
    const ctx = ctxOf(newId());
    const [ana, bea] = [newId(), newId()];
    await withTransaction(ctx, async (t) => {
      const sealed = await sealPersonal(t, kms, ana, 'phone', '+5511987654321');
      expect(sealed).not.toContain('987654321');
      expect(await openPersonal(t, kms, ana, 'phone', sealed)).toBe('+5511987654321');
      // Copied to another person or field, it does not open.
      await sealPersonal(t, kms, bea, 'phone', '+5511900000000');
      await expect(openPersonal(t, kms, bea, 'phone', sealed)).rejects.toThrow();
      await expect(openPersonal(t, kms, ana, 'email', sealed)).rejects.toThrow();
      // Rows written before encryption read as they are until the backfill reaches them.
      expect(await openPersonal(t, kms, ana, 'phone', '+5511')).toBe('+5511');
    });
  });

  it('gives stable blind indexes per workspace and purpose, unrelated across workspaces', async () => {
    const kms = localKms(oldSecret);
    const [a, b] = [ctxOf(newId()), ctxOf(newId())];
    const ia = await withTransaction(a, (t) => blindIndex(t, kms, 'phone', '+5511987654321'));
    expect(await withTransaction(a, (t) => blindIndex(t, kms, 'phone', '+5511987654321'))).toBe(ia);
    expect(await withTransaction(a, (t) => blindIndex(t, kms, 'document', '+5511987654321'))).not.toBe(ia);
    expect(await withTransaction(b, (t) => blindIndex(t, kms, 'phone', '+5511987654321'))).not.toBe(ia);
  });

  it('keeps each workspace keys behind row-level security', async () => {
    const kms = localKms(oldSecret);
    const [a, b] = [ctxOf(newId()), ctxOf(newId())];
    await withTransaction(a, (t) => sealPersonal(t, kms, newId(), 'email', 'ana@example.com'));
    const seen = await withTransaction(b, (t) =>
      queryRows<{ n: number }>(
        t.tx,
        sql`select count(*)::int as n from privacy.person_keys union all select count(*)::int from privacy.workspace_keys`,
      ),
    );
    expect(seen.map((r) => Number(r.n))).toEqual([0, 0]);
  });

  it('crypto-shreds a person: every sealed copy becomes unreadable, idempotently', async () => {
    const kms = localKms(oldSecret);
    const ctx = ctxOf(newId());
    const person = newId();
    const sealed = await withTransaction(ctx, (t) => sealPersonal(t, kms, person, 'document', 'CPF:52998224725'));
    await withTransaction(ctx, (t) => shredPersonKey(t, person));
    await withTransaction(ctx, (t) => shredPersonKey(t, person));
    expect(await withTransaction(ctx, (t) => openPersonal(t, kms, person, 'document', sealed))).toBeNull();
    await expect(withTransaction(ctx, (t) => sealPersonal(t, kms, person, 'document', 'x'))).rejects.toThrow(
      /shredded/,
    );
  });

  it('rotates the master and workspace keys without touching data or indexes', async () => {
    const before = localKms(oldSecret);
    const ctx = ctxOf(newId());
    const person = newId();
    const sealed = await withTransaction(ctx, (t) => sealPersonal(t, before, person, 'phone', '+5491123456789'));
    const index = await withTransaction(ctx, (t) => blindIndex(t, before, 'phone', '+5491123456789'));

    const during = localKms(newSecret, [oldSecret]);
    const result = await rotateWorkspaceKeys({ ctx, kms: during });
    expect(result).toEqual({ workspaceKeyVersion: 2, personKeysRewrapped: 1, masterRewrapped: 1 });

    const after = localKms(newSecret);
    expect(await withTransaction(ctx, (t) => openPersonal(t, after, person, 'phone', sealed))).toBe('+5491123456789');
    expect(await withTransaction(ctx, (t) => blindIndex(t, after, 'phone', '+5491123456789'))).toBe(index);
    // The old master alone no longer opens anything.
    await expect(withTransaction(ctx, (t) => openPersonal(t, before, person, 'phone', sealed))).rejects.toThrow(
      /not configured/,
    );
  });
});
