import { envInt, envVar } from '../env-var';

/** Personal data at rest (docs/PRIVACY.md): the backfill that seals rows written before encryption. */
export const privacyEnv = {
  ...envVar('PRIVACY_BACKFILL_INTERVAL_MS', envInt(60_000, 1000, 86_400_000), {
    description:
      "How often the sealing backfills (customers:seal-backfill, clinic:seal-backfill) look for personal or clinical data still stored in clear (written before encryption: phones, e-mails, documents, addresses, notes, clinical profiles, clinical notes, attachment names) and seal it with the person's key.",
    expected: 'milliseconds, an integer from 1000 to 86400000',
  }),
  ...envVar('PRIVACY_BACKFILL_BATCH', envInt(200, 1, 10_000), {
    description:
      'How many rows of each kind (people, documents, addresses, notes; patients, clinical notes, attachments) a sealing backfill rewrites per workspace transaction.',
    expected: 'an integer from 1 to 10000',
  }),
};
