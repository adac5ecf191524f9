import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { hasPermission, isGrant } from '@nexova/http';
import { newId, ValidationError } from '@nexova/kernel';
import { apiKeyCreated, originOf } from '../contracts/events';
import { apiKeys } from '../db/schema';
import { hashSecret, newSecret } from '../domain/secrets';

export type CreateApiKeyInput = { name: string; permissions: string[]; expiresAt?: Date | null };

export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

// Creates a workspace API key scoped to permissions the caller itself holds; the secret is returned once.
export async function createApiKey({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CreateApiKeyInput;
}): Promise<ApiKeyView & { key: string }> {
  const workspaceId = ctx.workspaceId;
  if (!workspaceId) throw new Error('createApiKey needs a workspace context.');
  input.permissions.forEach((p, i) => {
    if (!isGrant(p)) {
      throw new ValidationError('A permission is not valid.', [
        { pointer: `/permissions/${i}`, in: 'body', message: 'must be resource:action, with * wildcards' },
      ]);
    }
    // A wildcard asked for is allowed only if the caller holds a grant covering all of it.
    if (!hasPermission(ctx.permissions, p.replace(/\*/g, '__any__'))) {
      throw new ValidationError('A key cannot have permissions its creator lacks.', [
        { pointer: `/permissions/${i}`, in: 'body', message: 'is not granted to you' },
      ]);
    }
  });
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new ValidationError('The expiry is in the past.', [
      { pointer: '/expiresAt', in: 'body', message: 'must be in the future' },
    ]);
  }
  const key = newSecret('nxk_');
  return withTransaction(ctx, async (t) => {
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
        createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await publish(t, apiKeyCreated, {
      aggregateId: row.id,
      payload: { apiKeyId: row.id, name: row.name, permissions: row.permissions, ...originOf(t) },
    });
    return { ...toApiKeyView(row), key };
  });
}

export const toApiKeyView = (row: typeof apiKeys.$inferSelect): ApiKeyView => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  permissions: row.permissions,
  expiresAt: row.expiresAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
  createdAt: row.createdAt,
});
