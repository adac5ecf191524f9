import { z } from 'zod';
import type { exports } from '../db/schema';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportJobSchema = z
  .object({
    id: z.uuid().describe('The export'),
    status: z.enum(['queued', 'running', 'completed', 'failed']).describe('queued → running → completed | failed'),
    format: z.enum(EXPORT_FORMATS).describe('csv or json'),
    filters: z.record(z.string(), z.string()).describe('The filters asked for (the same as GET /audit)'),
    total_rows: z.number().int().describe('Entries the filters select (known once running)'),
    processed_rows: z.number().int().describe('Entries written so far'),
    attempts: z
      .number()
      .int()
      .describe('Runs so far: an export interrupted by a stopped process is resumed (EXPORT_MAX_ATTEMPTS in all)'),
    error: z.string().nullable().describe('Why it failed, when it did (an interruption past the last attempt says so)'),
    download: z
      .object({
        url: z.string().describe('Signed, expiring URL of the file'),
        url_expires_at: z.iso.datetime().describe('When the URL stops working; GET the export again for a new one'),
        content_type: z.string().describe('text/csv or application/json'),
        size: z.number().int().describe('Bytes'),
        sha256: z.string().describe('sha256 of the file (hex)'),
      })
      .nullable()
      .describe('The file, once completed'),
    created_at: z.iso.datetime().describe('When it was asked for'),
    finished_at: z.iso.datetime().nullable().describe('When it completed or failed'),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-eeeeeeeeeee1',
      status: 'completed',
      format: 'csv',
      filters: { category: 'access', from: '2026-11-01T00:00:00Z' },
      total_rows: 42,
      processed_rows: 42,
      attempts: 1,
      error: null,
      download: {
        url: '/files/audit-exports/0190f1c2-7d3a-7b41-9e4c-fffffffffff1/0190f1c2-7d3a-7b41-9e4c-eeeeeeeeeee1.csv?expires=1795910400&sig=…',
        url_expires_at: '2026-11-28T22:00:00.000Z',
        content_type: 'text/csv',
        size: 8192,
        sha256: 'b5d4…',
      },
      created_at: '2026-11-28T21:00:00.000Z',
      finished_at: '2026-11-28T21:00:02.000Z',
    },
  });
export type AuditExport = z.infer<typeof exportJobSchema>;
export type ExportRow = typeof exports.$inferSelect;

export const contentTypeOf = (format: string) => (format === 'json' ? 'application/json' : 'text/csv');
