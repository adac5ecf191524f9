import { envInt, envVar } from '../env-var';

/**
 * Background export jobs (person exports, audit exports): a running job refreshes its heartbeat; the
 * recovery workers claim jobs whose heartbeat stopped (the process running them died or was stopped)
 * and resume them, or mark them failed after EXPORT_MAX_ATTEMPTS.
 */
export const exportJobsEnv = {
  ...envVar('EXPORT_HEARTBEAT_MS', envInt(10_000, 100, 3_600_000), {
    description: 'How often a running export (person or audit) records that its process is still at work.',
    expected: 'milliseconds, an integer from 100 to 3600000',
  }),
  ...envVar('EXPORT_STALE_AFTER_MS', envInt(60_000, 1, 86_400_000), {
    description:
      'An export whose heartbeat is older than this is taken as interrupted (its process stopped) and is resumed or failed; keep it well above EXPORT_HEARTBEAT_MS.',
    expected: 'milliseconds, an integer from 1 to 86400000',
  }),
  ...envVar('EXPORT_RECOVERY_INTERVAL_MS', envInt(30_000, 100, 86_400_000), {
    description: 'How often the recovery workers look for interrupted exports (also once when they start).',
    expected: 'milliseconds, an integer from 100 to 86400000',
  }),
  ...envVar('EXPORT_MAX_ATTEMPTS', envInt(3, 1, 100), {
    description:
      'How many times an export is run in all: an interrupted export is resumed until then, after that it is marked failed with the reason.',
    expected: 'an integer from 1 to 100',
  }),
};
