import { z } from 'zod';

// Weekly rules and dated exceptions, as the API shows them.

const O = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';
export const OWNER_KINDS = ['professional', 'resource'] as const;

export const ruleSchema = z
  .object({
    id: z.string().uuid(),
    owner_kind: z.enum(OWNER_KINDS),
    owner_id: z.string().uuid(),
    weekday: z.number().int().describe('ISO weekday: 1 Monday … 7 Sunday.'),
    start: z.string().describe('Local wall time HH:MM in the workspace time zone.'),
    end: z.string().describe('Local wall time HH:MM (24:00 = midnight ending the day).'),
    created_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e80',
      owner_kind: 'professional',
      owner_id: O,
      weekday: 1,
      start: '08:00',
      end: '12:00',
      created_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type Rule = z.infer<typeof ruleSchema>;

export const exceptionSchema = z
  .object({
    id: z.string().uuid(),
    owner_kind: z.enum(OWNER_KINDS).nullable().describe('Null: the whole workspace (a holiday).'),
    owner_id: z.string().uuid().nullable(),
    kind: z.enum(['open', 'closed']).describe('closed: holiday or absence; open: extra hours.'),
    starts_at: z.string(),
    ends_at: z.string(),
    reason: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e81',
      owner_kind: null,
      owner_id: null,
      kind: 'closed',
      starts_at: '2026-12-25T03:00:00.000Z',
      ends_at: '2026-12-26T03:00:00.000Z',
      reason: 'Natal',
      created_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type AvailabilityExceptionView = z.infer<typeof exceptionSchema>;
