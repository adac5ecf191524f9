import { z } from 'zod';
import { RETENTION_CLASSES } from '../retention/retention-classes';

const classPolicy = z.object({
  days: z.number().int().describe('Days this workspace keeps the class (its own, or the default)'),
  source: z.enum(['default', 'workspace']).describe('Whether `days` is the configured default or the workspace’s own'),
  default_days: z.number().int().describe('The configured default (RETENTION_<CLASS>_DAYS)'),
  min_days: z.number().int().describe('The shortest a workspace may set (RETENTION_<CLASS>_MIN_DAYS)'),
  max_days: z.number().int().describe('The longest a workspace may set (RETENTION_<CLASS>_MAX_DAYS)'),
});

export const retentionPolicySchema = z
  .object({
    audit_days: z.number().int().describe("Days this workspace's audit entries are kept"),
    audit_days_default: z.number().int().describe('The configured default (RETENTION_AUDIT_DAYS)'),
    audit_days_min: z.number().int().describe('The shortest a workspace may set (RETENTION_AUDIT_MIN_DAYS)'),
    audit_days_max: z.number().int().describe('The longest a workspace may set (RETENTION_AUDIT_MAX_DAYS)'),
    overridden: z.boolean().describe('Whether the workspace set its own audit_days'),
    classes: z
      .object(
        Object.fromEntries(RETENTION_CLASSES.map((c) => [c, classPolicy])) as Record<
          (typeof RETENTION_CLASSES)[number],
          typeof classPolicy
        >,
      )
      .describe('Every class the workspace may set: effective days, where they come from, the bounds'),
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
      classes: {
        audit: { days: 730, source: 'workspace', default_days: 365, min_days: 90, max_days: 3650 },
        webhook_deliveries: { days: 30, source: 'default', default_days: 30, min_days: 1, max_days: 90 },
        notifications: { days: 180, source: 'default', default_days: 180, min_days: 1, max_days: 730 },
        messages: { days: 365, source: 'workspace', default_days: 730, min_days: 1, max_days: 3650 },
        person_exports: { days: 7, source: 'default', default_days: 7, min_days: 1, max_days: 30 },
        clinical_records: { days: 7305, source: 'default', default_days: 7305, min_days: 7305, max_days: 36500 },
      },
      runs: [{ ran_at: '2026-11-28T03:00:00.000Z', removed: { audit: 1200 } }],
    },
  });
export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

const daysField = (what: string) =>
  z
    .number()
    .int()
    .nullable()
    .optional()
    .describe(`Days to keep ${what}, within the configured bounds; null goes back to the default; absent leaves it`);

export const retentionUpdateSchema = z
  .object({
    audit_days: daysField('audit entries'),
    webhook_deliveries_days: daysField('settled webhook deliveries'),
    notifications_days: daysField('notification feed items and settled notification e-mails'),
    messages_days: daysField('conversation messages (with their media files)'),
    person_exports_days: daysField('person exports (with their archives)'),
    clinical_records_days: daysField(
      "clinical records after the patient's last clinical activity (then an erased person's health key is shredded)",
    ),
  })
  .meta({ example: { audit_days: 730, messages_days: 365 } });
export type RetentionUpdate = z.infer<typeof retentionUpdateSchema>;
