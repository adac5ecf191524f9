import { envInt, envVar } from '../env-var';

// Clinic: clinical catalogs (issue 12).
export const clinicEnv = {
  ...envVar('CLINICAL_CATALOG_CACHE_TTL_MS', envInt(60_000, 0, 3_600_000), {
    description:
      "How long an API process keeps a workspace's clinical catalogs (global entries, its overrides and own entries) in memory; 0 turns the cache off. Changes empty it at once on every replica (NOTIFY on PostgreSQL); a lost notification is bounded by this.",
    expected: 'milliseconds, an integer from 0 to 3600000',
  }),
  ...envVar('CLINICAL_CATALOG_CACHE_MAX_WORKSPACES', envInt(2000, 1, 1_000_000), {
    description:
      'Most workspaces whose clinical catalogs one API process keeps cached (least recently used leave first).',
    expected: 'an integer from 1 to 1000000',
  }),
  ...envVar('CLINICAL_CATALOG_WORKSPACE_ENTRIES_MAX', envInt(5000, 1, 100_000), {
    description:
      'Most catalog entries of its own (all catalogs together) a workspace may create; one more answers 409 `clinical_catalog_limit_reached`.',
    expected: 'an integer from 1 to 100000',
  }),
  ...envVar('INVOICE_MAX_LINES', envInt(200, 1, 1000), {
    description: 'Most lines one invoice may hold (400 naming `lines` above).',
    expected: 'an integer from 1 to 1000',
  }),
};
