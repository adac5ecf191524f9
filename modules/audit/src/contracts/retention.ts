import { z } from 'zod';

export const retentionPolicySchema = z
  .object({
    audit_days: z.number().int().describe("Days this workspace's audit entries are kept"),
    audit_days_default: z.number().int().describe('The configured default (RETENTION_AUDIT_DAYS)'),
    audit_days_min: z.number().int().describe('The shortest a workspace may set (RETENTION_AUDIT_MIN_DAYS)'),
    audit_days_max: z.number().int().describe('The longest a workspace may set (RETENTION_AUDIT_MAX_DAYS)'),
    overridden: z.boolean().describe('Whether the workspace set its own audit_days'),
    runs: z
      .array(
        z.object({
          ran_at: z.iso.datetime().describe('When the retention run removed them'),
          removed: z.record(z.string(), z.number().int()).describe('Rows removed per data class'),
        }),
      )
      .describe('The latest retention runs that removed something of this workspace, newest first'),
  })
  .meta({
    example: {
      audit_days: 730,
      audit_days_default: 365,
      audit_days_min: 90,
      audit_days_max: 3650,
      overridden: true,
      runs: [{ ran_at: '2026-11-28T03:00:00.000Z', removed: { audit: 1200 } }],
    },
  });
export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

export const retentionUpdateSchema = z
  .object({
    audit_days: z
      .number()
      .int()
      .nullable()
      .describe('Days to keep audit entries, within the configured bounds; null goes back to the default'),
  })
  .meta({ example: { audit_days: 730 } });

export type RetentionBounds = { defaultDays: number; minDays: number; maxDays: number };
