import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * What a module declares about the files it stores (NexovaModule.files): every key it writes is
 * `<prefix>/<workspace_id>/…`, and `referenced` says which of a batch of such keys its rows still
 * point at. The orphan sweeper deletes only files under a registered prefix that their owner does not
 * reference; a file under a prefix nobody registered is never touched.
 */
export type FileOwner = {
  /** First key segment, e.g. `receipts` or `patients` (lower case, no slash). */
  prefix: string;
  /** Who owns it, for logs and errors (the module name). */
  owner: string;
  /** The keys among `keys` (all of one workspace) its rows reference; runs in that workspace's RLS context. */
  referenced(t: TxContext, keys: string[]): Promise<string[]>;
};

const PREFIX = /^[a-z0-9][a-z0-9._-]*$/;

/** Refuses a malformed prefix, or two owners of one prefix (the sweeper would ask only one of them). */
export function checkFileOwners(owners: FileOwner[]): FileOwner[] {
  const seen = new Map<string, string>();
  for (const o of owners) {
    if (!PREFIX.test(o.prefix)) throw new Error(`File prefix "${o.prefix}" of ${o.owner} is not a plain key segment.`);
    const other = seen.get(o.prefix);
    if (other) throw new Error(`File prefix "${o.prefix}" is claimed by ${other} and ${o.owner}.`);
    seen.set(o.prefix, o.owner);
  }
  return owners;
}

/**
 * The usual owner: a table with a `workspace_id` and a file-key column; a file is referenced while a
 * row of the workspace names it. One query per batch of keys.
 */
export function rowFileOwner(
  prefix: string,
  owner: string,
  table: PgTable,
  columns: { workspaceId: AnyPgColumn; fileKey: AnyPgColumn },
): FileOwner {
  return {
    prefix,
    owner,
    async referenced(t, keys) {
      const rows = await t.tx
        .select({ key: columns.fileKey })
        .from(table)
        .where(and(eq(columns.workspaceId, workspaceOf(t)), inArray(columns.fileKey, keys)));
      return rows.flatMap((r) => (typeof r.key === 'string' ? [r.key] : []));
    },
  };
}
