import { envBool, envInt, envVar } from '../env-var';

// The audit trail (issue 14): one hash-chained entry per state change, anchors of each chain head.
export const auditEnv = {
  ...envVar('AUDIT_ENABLED', envBool(true), {
    description:
      'Bench knob only: false writes no audit entries (npm run bench:audit measures the baseline with it). Keep it true in production: the audit trail is a compliance record.',
    expected: 'true | false',
  }),
  ...envVar('AUDIT_ANCHOR_INTERVAL_MS', envInt(3_600_000, 1000, 86_400_000), {
    description:
      'How often a worker logs each workspace chain head (an audit.anchor log line and the nexova_audit_chain_head_seq gauge) so an operator can keep it elsewhere; it also creates the coming months’ partitions.',
    expected: 'milliseconds, an integer from 1000 to 86400000',
  }),
  ...envVar('AUDIT_EXPORT_MAX_ROWS', envInt(1_000_000, 1, 100_000_000), {
    description:
      'The most entries one audit export (POST /audit/exports) may hold; a larger selection fails the job and asks for narrower filters.',
    expected: 'an integer from 1 to 100000000',
  }),
  ...envVar('AUDIT_EXPORT_BATCH_ROWS', envInt(1000, 10, 100_000), {
    description:
      'Entries an audit export reads per query; its progress (rows done / total) is committed after each batch.',
    expected: 'an integer from 10 to 100000',
  }),
};
