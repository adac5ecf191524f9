import { z } from 'zod';
import { APPOINTMENT_STATUSES } from '../domain/appointment-status';

// A recurring series (an RRULE booked for a treatment) as the API shows it.

export const SERIES_MODES = ['all_or_nothing', 'available_only'] as const;
export type SeriesMode = (typeof SERIES_MODES)[number];

export const occurrenceSchema = z.object({
  occurrence: z.number().int().describe('0-based, in time order.'),
  starts_at: z.string(),
  ends_at: z.string(),
  appointment_id: z.string().uuid().nullable().describe('Null when the occurrence could not be booked.'),
  status: z.enum(APPOINTMENT_STATUSES).nullable().describe("The appointment's status now; null when not booked."),
  problem: z
    .object({ code: z.string(), detail: z.string(), conflict: z.unknown().optional() })
    .nullable()
    .describe('Why it was not booked (slot_taken with the conflicting appointment, slot_unavailable).'),
});
export type Occurrence = z.infer<typeof occurrenceSchema>;

export const seriesSchema = z
  .object({
    id: z.string().uuid(),
    rrule: z.string(),
    timezone: z.string().describe('The workspace time zone the rule was expanded in.'),
    mode: z.enum(SERIES_MODES),
    service_id: z.string().uuid(),
    professional_id: z.string().uuid(),
    resource_id: z.string().uuid().nullable(),
    patient_id: z.string().uuid(),
    occurrences: z.array(occurrenceSchema),
    version: z.number().int(),
    created_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5eb0',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=8',
      timezone: 'America/Sao_Paulo',
      mode: 'all_or_nothing',
      service_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e71',
      professional_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f',
      resource_id: null,
      patient_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e80',
      occurrences: [
        {
          occurrence: 0,
          starts_at: '2026-03-02T12:00:00.000Z',
          ends_at: '2026-03-02T12:30:00.000Z',
          appointment_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5eb1',
          status: 'booked',
          problem: null,
        },
      ],
      version: 1,
      created_at: '2026-02-20T15:00:00.000Z',
    },
  });
export type Series = z.infer<typeof seriesSchema>;
