import { lockForTransaction, type TxContext, workspaceOf } from '@nexova/db';
import { ConflictError, NotFoundError } from '@nexova/kernel';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { CatalogKind } from '../contracts/entry';
import type { EntryRow, OverrideRow } from '../domain/effective-entry';
import { entries, overrides } from './schema';

/** Every global entry (RLS shows them to any workspace). */
export function loadGlobalEntries(t: TxContext): Promise<EntryRow[]> {
  return t.tx.select().from(entries).where(isNull(entries.workspaceId));
}

/** The current workspace's overrides and own entries. */
export async function loadWorkspaceRows(
  t: TxContext,
): Promise<{ overrides: Map<string, OverrideRow>; own: EntryRow[] }> {
  const workspaceId = workspaceOf(t);
  const [rows, own] = await Promise.all([
    t.tx.select().from(overrides).where(eq(overrides.workspaceId, workspaceId)),
    t.tx.select().from(entries).where(eq(entries.workspaceId, workspaceId)),
  ]);
  return { overrides: new Map(rows.map((o) => [o.entryId, o])), own };
}

export const entryNotFound = (id: string) =>
  new NotFoundError(`Catalog entry ${id} was not found.`, { code: 'clinical_catalog_entry_not_found' });

/** An entry this workspace sees (global or its own; of `kind` when given), locked when `lock`; else 404. */
export async function mustLoadEntry(
  t: TxContext,
  kind: CatalogKind | undefined,
  id: string,
  lock = false,
): Promise<EntryRow> {
  const scope = t.workspaceId
    ? sql`(workspace_id is null or workspace_id = ${t.workspaceId})`
    : isNull(entries.workspaceId);
  const query = t.tx
    .select()
    .from(entries)
    .where(and(eq(entries.id, id), kind ? eq(entries.kind, kind) : undefined, scope));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw entryNotFound(id);
  return row;
}

/** The workspace's override of a global entry, row-locked (null when it never had one). */
export async function lockOverride(t: TxContext, entryId: string): Promise<OverrideRow | null> {
  const [row] = await t.tx
    .select()
    .from(overrides)
    .where(and(eq(overrides.workspaceId, workspaceOf(t)), eq(overrides.entryId, entryId)))
    .for('update');
  return row ?? null;
}

/** How many entries of its own the workspace has (after taking its catalog lock). */
export async function countOwnEntries(t: TxContext): Promise<number> {
  const workspaceId = workspaceOf(t);
  // Why the lock: two concurrent creations must not both pass the limit check.
  await lockForTransaction(t, `clinical_catalogs:${workspaceId}`);
  const [row] = await t.tx
    .select({ n: sql<number>`count(*)::int` })
    .from(entries)
    .where(eq(entries.workspaceId, workspaceId));
  return row?.n ?? 0;
}

export const globalEntryReadOnly = (id: string) =>
  new ConflictError(`Entry ${id} is a global entry: change what this workspace sees with PUT …/override.`, {
    code: 'clinical_catalog_entry_global',
  });
