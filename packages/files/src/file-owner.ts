import type { TxContext } from '@nexova/db';

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
