import { AUDIT_CATEGORIES, AUDIT_SEVERITIES } from '@nexova/kernel';
import { z } from 'zod';
import type { entries } from '../db/schema';

const change = z.object({
  before: z.unknown().describe('The value before the change (personal values read "[masked]").'),
  after: z.unknown().describe('The value after the change (personal values read "[masked]").'),
});

export const entrySchema = z
  .object({
    id: z.uuid().describe('The entry'),
    seq: z.number().int().describe('Its position in the workspace chain (1, 2, 3 …)'),
    occurred_at: z.iso.datetime().describe('When the change committed (UTC)'),
    actor: z.object({
      type: z.string().describe('user | api_key | agent | system (anonymous for a failed sign-in)'),
      id: z.string().nullable().describe('The user, API key, agent or system loop'),
    }),
    action: z.string().describe('Stable name of what was done: the operationId, or e.g. auth.login_failed'),
    category: z.enum(AUDIT_CATEGORIES).describe('auth, access, data, settings, privacy or system'),
    severity: z.enum(AUDIT_SEVERITIES).describe('info, notice, warning or critical'),
    target: z
      .object({ type: z.string().describe('Kind of thing changed'), id: z.string().nullable().describe('Its id') })
      .nullable()
      .describe('What was changed, when the use-case named it'),
    ip: z.string().nullable().describe('Client address'),
    user_agent: z.string().nullable().describe('Client user agent'),
    request_id: z.string().describe('The request (or event) id, to find it in the logs'),
    changes: z.record(z.string(), change).nullable().describe('Changed fields with before and after'),
    hash: z.string().describe('sha256 over the previous hash, seq and this entry (hex)'),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaa1',
      seq: 42,
      occurred_at: '2026-11-28T21:00:00.000Z',
      actor: { type: 'user', id: '0190f1c2-7d3a-7b41-9e4c-bbbbbbbbbbb1' },
      action: 'updateRole',
      category: 'access',
      severity: 'notice',
      target: { type: 'role', id: '0190f1c2-7d3a-7b41-9e4c-ccccccccccc1' },
      ip: '203.0.113.7',
      user_agent: 'Mozilla/5.0',
      request_id: '0190f1c2-7d3a-7b41-9e4c-ddddddddddd1',
      changes: { permissions: { before: ['orders:read'], after: ['orders:*'] } },
      hash: 'a3f1c2…',
    },
  });
export type AuditEntry = z.infer<typeof entrySchema>;

/** The API shape of a stored row. */
export function toEntry(row: typeof entries.$inferSelect): AuditEntry {
  return {
    id: row.id,
    seq: row.seq,
    occurred_at: row.occurredAt.toISOString(),
    actor: { type: row.actorType, id: row.actorId },
    action: row.action,
    category: row.category as AuditEntry['category'],
    severity: row.severity as AuditEntry['severity'],
    target: row.targetType === null ? null : { type: row.targetType, id: row.targetId },
    ip: row.ip,
    user_agent: row.userAgent,
    request_id: row.requestId,
    changes: (row.changes as AuditEntry['changes']) ?? null,
    hash: row.hash,
  };
}
