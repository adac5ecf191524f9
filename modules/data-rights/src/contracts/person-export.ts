import { z } from 'zod';
import type { personExports } from '../db/schema';

export const personExportSchema = z
  .object({
    id: z.uuid().describe('The export'),
    person_id: z.uuid().describe('Whose data it holds'),
    status: z.enum(['queued', 'running', 'completed', 'failed']).describe('queued → running → completed | failed'),
    sections_total: z
      .number()
      .int()
      .describe('Sections to gather (person, consents, orders, clinic, agenda, conversations)'),
    sections_done: z.number().int().describe('Sections gathered so far'),
    attempts: z
      .number()
      .int()
      .describe('Runs so far: an export interrupted by a stopped process is resumed (EXPORT_MAX_ATTEMPTS in all)'),
    error: z.string().nullable().describe('Why it failed, when it did (an interruption past the last attempt says so)'),
    download: z
      .object({
        url: z.string().describe('Signed, expiring URL of the archive'),
        url_expires_at: z.iso.datetime().describe('When the URL stops working; GET the export again for a new one'),
        content_type: z.literal('application/zip'),
        size: z.number().int().describe('Bytes'),
        sha256: z.string().describe('sha256 of the archive (hex)'),
      })
      .nullable()
      .describe('The archive (person.json and the person’s files), once completed'),
    created_at: z.iso.datetime().describe('When it was asked for'),
    finished_at: z.iso.datetime().nullable().describe('When it completed or failed'),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-eeeeeeeeeee2',
      person_id: '0190f1c2-7d3a-7b41-9e4c-dddddddddddd',
      status: 'completed',
      sections_total: 6,
      sections_done: 6,
      attempts: 1,
      error: null,
      download: {
        url: '/files/person-exports/0190f1c2-7d3a-7b41-9e4c-fffffffffff1/0190f1c2-7d3a-7b41-9e4c-eeeeeeeeeee2.zip?expires=1795910400&sig=…',
        url_expires_at: '2026-11-28T22:00:00.000Z',
        content_type: 'application/zip',
        size: 20480,
        sha256: 'b5d4…',
      },
      created_at: '2026-11-28T21:00:00.000Z',
      finished_at: '2026-11-28T21:00:03.000Z',
    },
  });
export type PersonExport = z.infer<typeof personExportSchema>;
export type PersonExportRow = typeof personExports.$inferSelect;
