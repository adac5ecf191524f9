import { AT_COMMIT, literal, literalOrNull, type TxContext } from '@nexova/db';
import { type AuditNote, newId } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { contentText, PLATFORM_CHAIN } from '../domain/chain';
import { maskChanges } from '../domain/mask';

// Appends the note to its workspace's chain, in the caller's transaction (the audit writer that
// withTransaction calls right before COMMIT). One statement: it bumps the chain head — taking its
// row lock — and inserts the entry with the hash computed by the database over the head's previous
// hash, so concurrent transactions of one workspace queue on that row and never fork the chain. On
// PostgreSQL it travels with the COMMIT (AT_COMMIT): no round trip of its own, the lock held only for
// the commit. A transaction that wrote nothing (no transaction id assigned by then — the outbox and
// idempotency inserts queued before it count) appends nothing: a read the request made apart (a
// module check in a preHandler, a refresh token that was not found) is not a change. Personal values
// in the changes are masked first.
export async function appendEntry(t: TxContext, note: AuditNote): Promise<void> {
  const workspaceId = t.workspaceId ?? null;
  const chain = workspaceId ?? PLATFORM_CHAIN;
  const id = newId();
  const occurredAt = new Date();
  const changes = maskChanges(note.changes);
  const actorId = t.actor.id === null ? null : String(t.actor.id);
  const content = contentText({
    id,
    workspaceId,
    occurredAt,
    actorType: t.actor.type,
    actorId,
    action: note.action,
    category: note.category,
    severity: note.severity,
    targetType: note.target?.type ?? null,
    targetId: note.target?.id ?? null,
    ip: t.ip ?? null,
    userAgent: t.userAgent ?? null,
    requestId: t.requestId,
    changes,
  });
  const c = literal(content);
  const ws = workspaceId === null ? 'null' : `${literal(workspaceId)}::uuid`;
  const hashOf = (prev: string, seq: string) =>
    `encode(sha256(convert_to(${prev} || '|' || ${seq} || '|' || ${c}, 'UTF8')), 'hex')`;
  const columns = [
    `${literal(id)}::uuid`,
    ws,
    'head.seq',
    `${literal(occurredAt.toISOString())}::timestamptz`,
    literal(t.actor.type),
    literalOrNull(actorId),
    literal(note.action),
    literal(note.category),
    literal(note.severity),
    literalOrNull(note.target?.type),
    literalOrNull(note.target?.id),
    literalOrNull(t.ip),
    literalOrNull(t.userAgent),
    literal(t.requestId),
    changes === null ? 'null' : `${literal(JSON.stringify(changes))}::jsonb`,
    'head.prev_hash',
    'head.hash',
  ].join(', ');
  await t.tx.execute(
    sql.raw(`${AT_COMMIT}with head as (
  insert into audit.heads as h (chain_id, workspace_id, seq, prev_hash, hash)
  select ${literal(chain)}::uuid, ${ws}, 1, '', ${hashOf("''", "'1'")}
  where pg_current_xact_id_if_assigned() is not null
  on conflict (chain_id) do update set seq = h.seq + 1, prev_hash = h.hash,
    hash = ${hashOf('h.hash', '(h.seq + 1)::text')}, updated_at = now()
  returning seq, prev_hash, hash
)
insert into audit.entries (id, workspace_id, seq, occurred_at, actor_type, actor_id, action, category, severity,
  target_type, target_id, ip, user_agent, request_id, changes, prev_hash, hash)
select ${columns} from head`),
  );
}
