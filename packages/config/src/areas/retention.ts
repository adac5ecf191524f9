import { envInt, envVar } from '../env-var';

// Retention (issue 14): how long each data class is kept and how the retention worker runs. The event
// log keeps EVENTS_RETENTION_DAYS (events area; the retention worker sweeps it); idempotency records
// keep IDEMPOTENCY_TTL_HOURS (their own sweeper).
export const retentionEnv = {
  ...envVar('RETENTION_INTERVAL_MS', envInt(3_600_000, 1000, 604_800_000), {
    description:
      'How often the retention worker removes what is older than each data class keeps (also `nexova retention run`).',
    expected: 'milliseconds, an integer from 1000 to 604800000',
  }),
  ...envVar('RETENTION_BATCH_ROWS', envInt(5000, 10, 1_000_000), {
    description:
      'Rows one retention statement removes at most; a class is purged batch after batch, each its own transaction.',
    expected: 'an integer from 10 to 1000000',
  }),
  ...envVar('RETENTION_AUDIT_DAYS', envInt(365, 1, 36_500), {
    description:
      'Days audit entries are kept unless a workspace sets its own (PUT /retention). Whole monthly partitions older than the longest retention of any workspace are dropped.',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_AUDIT_MIN_DAYS', envInt(90, 1, 36_500), {
    description: 'The shortest audit retention a workspace may set (PUT /retention refuses less, naming audit_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_AUDIT_MAX_DAYS', envInt(3650, 1, 36_500), {
    description: 'The longest audit retention a workspace may set (PUT /retention refuses more, naming audit_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_WEBHOOK_DELIVERIES_DAYS', envInt(30, 1, 36_500), {
    description:
      'Days settled outgoing-webhook deliveries (delivered or failed) and their attempts are kept in the delivery log; pending ones are never removed.',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_NOTIFICATIONS_DAYS', envInt(180, 1, 36_500), {
    description:
      'Days staff notification feed items and settled notification e-mails (rendered, so they may name customers) are kept.',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_MESSAGES_DAYS', envInt(730, 1, 36_500), {
    description:
      'Days WhatsApp conversation messages are kept (their media files are deleted with them); messages still queued or being sent are never removed.',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_PERSON_EXPORTS_DAYS', envInt(7, 1, 3650), {
    description: 'Days a person’s export (LGPD) and its archive are kept after it was asked for.',
    expected: 'days, an integer from 1 to 3650',
  }),
  ...envVar('RETENTION_CLINICAL_RECORDS_DAYS', envInt(7305, 1, 36_500), {
    description:
      'Days a clinical record is kept after the patient’s last clinical activity (Lei 13.787/2018: 20 years). When they have passed for a person already erased, the retention worker shreds their health key.',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_CLINICAL_RECORDS_MIN_DAYS', envInt(7305, 1, 36_500), {
    description:
      'The shortest clinical-record retention a workspace may set (PUT /retention refuses less, naming clinical_records_days); the law’s 20 years by default.',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_CLINICAL_RECORDS_MAX_DAYS', envInt(36_500, 1, 36_500), {
    description:
      'The longest clinical-record retention a workspace may set (PUT /retention refuses more, naming clinical_records_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_WEBHOOK_DELIVERIES_MIN_DAYS', envInt(1, 1, 36_500), {
    description:
      'The shortest retention of settled webhook deliveries a workspace may set (PUT /retention refuses less, naming webhook_deliveries_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_WEBHOOK_DELIVERIES_MAX_DAYS', envInt(90, 1, 36_500), {
    description:
      'The longest retention of settled webhook deliveries a workspace may set (PUT /retention refuses more, naming webhook_deliveries_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_NOTIFICATIONS_MIN_DAYS', envInt(1, 1, 36_500), {
    description:
      'The shortest retention of notification feed items and e-mails a workspace may set (PUT /retention refuses less, naming notifications_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_NOTIFICATIONS_MAX_DAYS', envInt(730, 1, 36_500), {
    description:
      'The longest retention of notification feed items and e-mails a workspace may set (PUT /retention refuses more, naming notifications_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_MESSAGES_MIN_DAYS', envInt(1, 1, 36_500), {
    description:
      'The shortest retention of conversation messages a workspace may set (PUT /retention refuses less, naming messages_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_MESSAGES_MAX_DAYS', envInt(3650, 1, 36_500), {
    description:
      'The longest retention of conversation messages a workspace may set (PUT /retention refuses more, naming messages_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_PERSON_EXPORTS_MIN_DAYS', envInt(1, 1, 36_500), {
    description:
      'The shortest retention of person exports a workspace may set (PUT /retention refuses less, naming person_exports_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
  ...envVar('RETENTION_PERSON_EXPORTS_MAX_DAYS', envInt(30, 1, 36_500), {
    description:
      'The longest retention of person exports a workspace may set (PUT /retention refuses more, naming person_exports_days).',
    expected: 'days, an integer from 1 to 36500',
  }),
};
