import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { queueEntrySchema } from '../contracts/queue';

// Request and response shapes of /agenda/queue.

const uuid = z.string().uuid();
const P = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .describe('The local day (workspace time zone); default today.');

const whose = {
  professional_id: uuid.optional().describe("The professional's queue."),
  resource_id: uuid.optional().describe("A room's queue (when no professional is named)."),
};
const oneQueue = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...whose, ...shape }).superRefine((raw, c) => {
    const q = raw as { professional_id?: string; resource_id?: string };
    if (q.professional_id && q.resource_id)
      c.addIssue({ code: 'custom', path: ['resource_id'], message: 'name a professional or a room, not both' });
  });

export const queueQuery = (cfg: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) =>
  oneQueue({
    ...pageQuery(cfg).shape,
    day: day.optional(),
    include_closed: z
      .enum(['true', 'false'])
      .optional()
      .describe('Also done, left and no_show entries (default only waiting, called and in service).'),
  }).meta({ example: { professional_id: P, day: '2026-03-10' } });

export const queuePage = pageSchema(queueEntrySchema).meta({
  example: { items: [queueEntrySchema.meta()?.example], next_cursor: null },
});

export const walkInBody = z
  .object({
    patient_id: uuid.optional().describe('The patient, when they have a record.'),
    name: z.string().trim().min(1).max(200).optional().describe('How to call someone without a record.'),
    professional_id: uuid.optional().describe('Joins this professional’s queue.'),
    resource_id: uuid.optional().describe('Joins this room’s queue when no professional is named.'),
    service_id: uuid.optional().describe('Its duration feeds the wait estimate (else AGENDA_QUEUE_DEFAULT_MINUTES).'),
    notes: z.string().trim().max(2000).optional(),
  })
  .meta({ example: { patient_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e80', professional_id: P } });

export const callNextBody = oneQueue({ day: day.optional() }).meta({ example: { professional_id: P } });

export const entryParams = z.object({ entry_id: uuid });

const versionField = {
  expected_version: z.number().int().positive().optional().describe('412 if the entry changed (or send If-Match).'),
};
export const moveEntryBody = z
  .object(versionField)
  .nullish()
  .meta({ example: { expected_version: 1 } });
export const removeEntryBody = z
  .object({
    ...versionField,
    outcome: z
      .enum(['left', 'no_show'])
      .optional()
      .describe('left (went away, the default) or no_show (called and never came).'),
  })
  .nullish()
  .meta({ example: { outcome: 'no_show' } });
