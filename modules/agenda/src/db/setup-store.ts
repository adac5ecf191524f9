import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq, inArray } from 'drizzle-orm';
import type { Professional, Resource, Service } from '../contracts/resources';
import { professionals, resources, services } from './schema';

// Queries over what can be booked. A missing or foreign id is a 404 (RLS hides other workspaces).

export type ProfessionalRow = typeof professionals.$inferSelect;
export type ResourceRow = typeof resources.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;

const stamps = (r: { createdAt: Date; updatedAt: Date }) => ({
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});

export const toProfessional = (r: ProfessionalRow): Professional => ({
  id: r.id,
  user_id: r.userId,
  name: r.name,
  specialty_ids: r.specialtyIds,
  licence_number: r.licenceNumber,
  active: r.active,
  version: r.version,
  ...stamps(r),
});

export const toResource = (r: ResourceRow): Resource => ({
  id: r.id,
  kind: r.kind as Resource['kind'],
  name: r.name,
  active: r.active,
  version: r.version,
  ...stamps(r),
});

export const toService = (r: ServiceRow): Service => ({
  id: r.id,
  name: r.name,
  duration_minutes: r.durationMinutes,
  professional_ids: r.professionalIds,
  resource_ids: r.resourceIds,
  catalog_entry_id: r.catalogEntryId,
  price: r.price,
  currency: r.currency,
  active: r.active,
  version: r.version,
  ...stamps(r),
});

const tables = { professional: professionals, resource: resources, service: services } as const;
type Kind = keyof typeof tables;
type RowOf<K extends Kind> = (typeof tables)[K]['$inferSelect'];

/** One row of `kind` by id, or 404 `<kind>_not_found`. */
export async function mustLoad<K extends Kind>(t: TxContext, kind: K, id: string): Promise<RowOf<K>> {
  const table = tables[kind] as unknown as typeof professionals;
  const [row] = await t.tx
    .select()
    .from(table)
    .where(and(eq(table.workspaceId, workspaceOf(t)), eq(table.id, id)));
  if (!row) throw new NotFoundError(`The ${kind} was not found.`, { code: `${kind}_not_found` });
  return row as RowOf<K>;
}

/** The ids of `ids` that are not active rows of `kind` in this workspace (to name them in a 400/404). */
export async function missingIds(t: TxContext, kind: 'professional' | 'resource', ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const table = tables[kind] as unknown as typeof professionals;
  const found = await t.tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceOf(t)), inArray(table.id, ids), eq(table.active, true)));
  const have = new Set(found.map((r) => r.id));
  return ids.filter((id) => !have.has(id));
}

/** Active professionals, in id order. */
export const activeProfessionals = (t: TxContext, ids?: string[]) =>
  t.tx
    .select()
    .from(professionals)
    .where(
      and(
        eq(professionals.workspaceId, workspaceOf(t)),
        eq(professionals.active, true),
        ids && ids.length > 0 ? inArray(professionals.id, ids) : undefined,
      ),
    )
    .orderBy(professionals.id);

/** Active resources among `ids`, in the order given. */
export async function activeResources(t: TxContext, ids: string[]): Promise<ResourceRow[]> {
  if (ids.length === 0) return [];
  const rows = await t.tx
    .select()
    .from(resources)
    .where(and(eq(resources.workspaceId, workspaceOf(t)), eq(resources.active, true), inArray(resources.id, ids)));
  return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is ResourceRow => r !== undefined);
}
