import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { exceptionSchema, OWNER_KINDS, ruleSchema } from '../contracts/availability';
import { instant } from './instant';

// Request and response shapes of /agenda/availability-rules and /agenda/availability-exceptions.

const uuid = z.string().uuid();
const O = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';
const wall = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a wall time HH:MM from 00:00 to 24:00')
  .describe('Local wall time HH:MM in the workspace time zone.');

export const createRuleBody = z
  .object({
    owner_kind: z.enum(OWNER_KINDS),
    owner_id: uuid,
    weekday: z.number().int().min(1).max(7).describe('ISO weekday: 1 Monday … 7 Sunday.'),
    start: wall,
    end: wall,
  })
  .meta({ example: { owner_kind: 'professional', owner_id: O, weekday: 1, start: '08:00', end: '12:00' } });

export const rulesQuery = (cfg: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) =>
  pageQuery(cfg)
    .extend({ owner_kind: z.enum(OWNER_KINDS), owner_id: uuid })
    .meta({ example: { owner_kind: 'professional', owner_id: O, limit: 50 } });

export const createExceptionBody = z
  .object({
    owner_kind: z.enum(OWNER_KINDS).nullish().describe('Absent: the whole workspace (a holiday).'),
    owner_id: uuid.nullish(),
    kind: z.enum(['open', 'closed']).describe('closed: holiday or absence; open: extra hours.'),
    starts_at: instant,
    ends_at: instant,
    reason: z.string().trim().max(500).nullish(),
  })
  .meta({
    example: {
      owner_kind: 'professional',
      owner_id: O,
      kind: 'closed',
      starts_at: '2026-12-24T15:00:00-03:00',
      ends_at: '2026-12-24T19:00:00-03:00',
      reason: 'Consulta médica',
    },
  });

export const ruleParams = z.object({ rule_id: uuid });
export const exceptionParams = z.object({ exception_id: uuid });
export const rulePage = pageSchema(ruleSchema).meta({
  example: { items: [ruleSchema.meta()?.example], next_cursor: null },
});
export const exceptionPage = pageSchema(exceptionSchema).meta({
  example: { items: [exceptionSchema.meta()?.example], next_cursor: null },
});
