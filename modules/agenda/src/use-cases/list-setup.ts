import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, asc, eq } from 'drizzle-orm';
import type { Professional, Resource, Service } from '../contracts/resources';
import { professionals, resources, services } from '../db/schema';
import { toProfessional, toResource, toService } from '../db/setup-store';

export type ListSetupInput = { limit?: number; cursor?: string };

// Professionals, resources and services in creation order (ids are UUIDv7), paged by cursor.
async function page<T extends typeof professionals | typeof resources | typeof services, V>(
  ctx: AppContext,
  table: T,
  input: ListSetupInput,
  view: (row: T['$inferSelect']) => V,
): Promise<Page<V>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(table as typeof professionals)
      .where(and(eq(table.workspaceId, workspaceOf(t)), keysetAfterId(table.id, after)))
      .orderBy(asc(table.id))
      .limit(limit + 1);
    const p = pageOf(rows as T['$inferSelect'][], limit, (r) => [r.id]);
    return { ...p, items: p.items.map(view) };
  });
}

export const listProfessionals = ({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListSetupInput;
}): Promise<Page<Professional>> => page(ctx, professionals, input, toProfessional);
export const listResources = ({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListSetupInput;
}): Promise<Page<Resource>> => page(ctx, resources, input, toResource);
export const listServices = ({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListSetupInput;
}): Promise<Page<Service>> => page(ctx, services, input, toService);
