import type { Config } from '@nexova/config';

/** The data classes a workspace may keep for its own number of days (PUT /retention), within bounds. */
export const RETENTION_CLASSES = [
  'audit',
  'webhook_deliveries',
  'notifications',
  'messages',
  'person_exports',
  'clinical_records',
] as const;
export type RetentionClass = (typeof RETENTION_CLASSES)[number];

export type ClassBounds = { defaultDays: number; minDays: number; maxDays: number };
export type RetentionBounds = Record<RetentionClass, ClassBounds>;

/** Each class's default and the shortest and longest a workspace may set, from the configuration. */
export function retentionBounds(config: Config): RetentionBounds {
  return {
    audit: {
      defaultDays: config.RETENTION_AUDIT_DAYS,
      minDays: config.RETENTION_AUDIT_MIN_DAYS,
      maxDays: config.RETENTION_AUDIT_MAX_DAYS,
    },
    webhook_deliveries: {
      defaultDays: config.RETENTION_WEBHOOK_DELIVERIES_DAYS,
      minDays: config.RETENTION_WEBHOOK_DELIVERIES_MIN_DAYS,
      maxDays: config.RETENTION_WEBHOOK_DELIVERIES_MAX_DAYS,
    },
    notifications: {
      defaultDays: config.RETENTION_NOTIFICATIONS_DAYS,
      minDays: config.RETENTION_NOTIFICATIONS_MIN_DAYS,
      maxDays: config.RETENTION_NOTIFICATIONS_MAX_DAYS,
    },
    messages: {
      defaultDays: config.RETENTION_MESSAGES_DAYS,
      minDays: config.RETENTION_MESSAGES_MIN_DAYS,
      maxDays: config.RETENTION_MESSAGES_MAX_DAYS,
    },
    person_exports: {
      defaultDays: config.RETENTION_PERSON_EXPORTS_DAYS,
      minDays: config.RETENTION_PERSON_EXPORTS_MIN_DAYS,
      maxDays: config.RETENTION_PERSON_EXPORTS_MAX_DAYS,
    },
    clinical_records: {
      defaultDays: config.RETENTION_CLINICAL_RECORDS_DAYS,
      minDays: config.RETENTION_CLINICAL_RECORDS_MIN_DAYS,
      maxDays: config.RETENTION_CLINICAL_RECORDS_MAX_DAYS,
    },
  };
}
