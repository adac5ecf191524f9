import type { Config } from '@nexova/config';
import { z } from 'zod';
import { SERIES_MODES } from '../contracts/series';
import { instant } from './instant';

// Request shapes of /agenda/appointment-series.

const uuid = z.string().uuid();

export const seriesBody = (cfg: Pick<Config, 'AGENDA_SERIES_MAX'>) =>
  z
    .object({
      service_id: uuid,
      professional_id: uuid,
      resource_id: uuid.nullish().describe('The room when the service needs one (the same for every occurrence).'),
      patient_id: uuid,
      starts_at: instant.describe('The first occurrence; its local wall time in the workspace time zone repeats.'),
      rrule: z
        .string()
        .trim()
        .min(1)
        .max(500)
        .describe(
          `An RFC 5545 RRULE without DTSTART, ending by COUNT or UNTIL (a local wall time); at most AGENDA_SERIES_MAX (${cfg.AGENDA_SERIES_MAX}) occurrences.`,
        ),
      mode: z
        .enum(SERIES_MODES)
        .optional()
        .describe(
          'all_or_nothing (default): any conflict books nothing (409 series_conflict listing them); available_only: book the free ones, report the rest.',
        ),
      notes: z.string().trim().max(2000).nullish(),
    })
    .meta({
      example: {
        service_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e71',
        professional_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f',
        patient_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e80',
        starts_at: '2026-03-02T09:00:00-03:00',
        rrule: 'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=8',
      },
    });

export const seriesParams = z.object({ series_id: uuid });

export const cancelSeriesBody = z
  .object({
    from: instant.optional().describe('Cancel the occurrences starting at or after this instant (default now).'),
    reason: z.string().trim().max(500).optional(),
  })
  .nullish()
  .meta({ example: { from: '2026-03-12T00:00:00-03:00', reason: 'Treatment ended early' } });
