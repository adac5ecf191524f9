import { type AppContext, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertCanGrant, assertKnownGrants, callerGrants, isGrant } from '@nexova/http';
import { diffFields, newId, noteAudit, ValidationError } from '@nexova/kernel';
import { eq } from 'drizzle-orm';
import { apiKeyCreated, originOf } from '../contracts/events';
import { apiKeys } from '../db/schema';
import { hashSecret, newSecret } from '../domain/secrets';

export type CreateApiKeyInput = { name: string; permissions: string[]; expiresAt?: Date | null };

export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
};

// Creates a workspace API key scoped to declared permissions (422) the caller itself holds (403);
// the secret is returned once. The key answers to a person: its creator, or — when a key creates a
// key — that key's creator, so every key stops working with the member behind it.
export async function createApiKey({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CreateApiKeyInput;
}): Promise<ApiKeyView & { key: string }> {
  const workspaceId = workspaceOf(ctx);
  input.permissions.forEach((p, i) => {
    if (!isGrant(p)) {
      throw new ValidationError('A permission is not valid.', [
        { pointer: `/permissions/${i}`, in: 'body', message: 'must be resource:action, with * wildcards' },
      ]);
    }
  });
  assertKnownGrants(input.permissions, '/permissions');
  // A wildcard asked for is allowed only if the caller holds a grant covering all of it.
  assertCanGrant(callerGrants(ctx), input.permissions, '/permissions', { indexed: true });
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new ValidationError('The expiry is in the past.', [
      { pointer: '/expires_at', in: 'body', message: 'must be in the future' },
    ]);
  }
  const key = newSecret('nxk_');
  return withTransaction(ctx, async (t) => {
    const createdBy = await responsibleUser(t);
    const [row] = await t.tx
      .insert(apiKeys)
      .values({
        id: newId(),
        workspaceId,
        name: input.name.trim(),
        prefix: key.slice(0, 12),
        keyHash: hashSecret(key),
        permissions: input.permissions,
        expiresAt: input.expiresAt ?? null,
        createdBy,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    noteAudit(t, {
      target: { type: 'api_key', id: row.id },
      changes: diffFields(null, row, ['name', 'prefix', 'permissions', 'expiresAt']),
    });
    await publish(t, apiKeyCreated, {
      aggregateId: row.id,
      payload: { api_key_id: row.id, name: row.name, permissions: row.permissions, ...originOf(t) },
    });
    return { ...toApiKeyView(row), key };
  });
}

/** The user a new key answers to: the signed-in creator, or the creator of the key creating it. */
async function responsibleUser(t: TxContext): Promise<string | null> {
  if (t.actor.type === 'user') return t.actor.id;
  if (t.actor.type !== 'api_key') return null;
  const [parent] = await t.tx.select({ createdBy: apiKeys.createdBy }).from(apiKeys).where(eq(apiKeys.id, t.actor.id));
  return parent?.createdBy ?? null;
}

export const toApiKeyView = (row: typeof apiKeys.$inferSelect): ApiKeyView => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  permissions: row.permissions,
  expires_at: row.expiresAt,
  last_used_at: row.lastUsedAt,
  revoked_at: row.revokedAt,
  created_at: row.createdAt,
});
