import { AUDIT_CATEGORIES } from '@nexova/kernel';
import { z } from 'zod';

// Request and response shapes of the audit routes.

export const auditFilters = z
  .object({
    actor_type: z
      .enum(['user', 'api_key', 'agent', 'system', 'anonymous'])
      .optional()
      .describe('Only this kind of actor.'),
    actor_id: z.string().max(200).optional().describe('Only this actor (user, API key, agent or system loop id).'),
    action: z
      .string()
      .max(200)
      .optional()
      .describe('Only this action (an operationId such as updateRole, or auth.login_failed).'),
    target_type: z
      .string()
      .max(100)
      .optional()
      .describe('Only entries about this kind of thing (role, member, person …).'),
    target_id: z.string().max(200).optional().describe('Only entries about this thing.'),
    category: z.enum(AUDIT_CATEGORIES).optional().describe('Only this category.'),
    from: z.iso.datetime().optional().describe('Only entries at or after this instant (ISO 8601).'),
    to: z.iso.datetime().optional().describe('Only entries before this instant (ISO 8601).'),
  })
  .meta({ example: { category: 'access', from: '2026-11-01T00:00:00Z' } });

const chainBreak = z.object({
  seq: z.number().int().describe('Where the chain stops holding'),
  entry_id: z.string().nullable().describe('The entry found there (null: rows missing at the end)'),
  reason: z
    .enum(['hash_mismatch', 'link_mismatch', 'sequence_gap', 'head_mismatch'])
    .describe(
      'hash_mismatch: edited; link_mismatch or sequence_gap: deleted or inserted; head_mismatch: newest rows deleted',
    ),
});

export const verifyReport = z
  .object({
    valid: z.boolean().describe('Whether every entry of the workspace chain checks out'),
    entries: z.number().int().describe('Entries checked'),
    head: z
      .object({ seq: z.number().int().describe('Last position'), hash: z.string().describe('Its hash (hex)') })
      .nullable()
      .describe('The last entry that checked out'),
    first_break: chainBreak.nullable().describe('The first broken entry, null when valid'),
  })
  .meta({ example: { valid: true, entries: 42, head: { seq: 42, hash: 'a3f1c2…' }, first_break: null } });
