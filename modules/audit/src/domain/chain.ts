import { createHash } from 'node:crypto';

// The hash chain of one workspace: entry n's hash = sha256(hash of n−1 | n | canonical content),
// the first entry's previous hash ''. The database computes it while appending (sha256() over the
// same text, append-entry.ts); verify recomputes it here from the stored columns.

/** The platform chain's id: entries outside any workspace. */
export const PLATFORM_CHAIN = '00000000-0000-0000-0000-000000000000';

/** What the hash covers, in a fixed order. */
export type ChainContent = {
  id: string;
  workspaceId: string | null;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  category: string;
  severity: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  changes: unknown;
};

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value as object).sort();
    const parts = keys
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value);
}

export function contentText(c: ChainContent): string {
  return canonicalJson([
    c.id,
    c.workspaceId,
    c.occurredAt.toISOString(),
    c.actorType,
    c.actorId,
    c.action,
    c.category,
    c.severity,
    c.targetType,
    c.targetId,
    c.ip,
    c.userAgent,
    c.requestId,
    c.changes ?? null,
  ]);
}

/** The hash of an entry given its predecessor's hash and its sequence number. */
export function chainHash(prevHash: string, seq: number, content: string): string {
  return createHash('sha256').update(`${prevHash}|${seq}|${content}`, 'utf8').digest('hex');
}
