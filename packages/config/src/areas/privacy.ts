import { envInt, envVar } from '../env-var';

/** Personal data at rest (docs/PRIVACY.md): the backfill that seals rows written before encryption. */
export const privacyEnv = {
  ...envVar('PRIVACY_BACKFILL_INTERVAL_MS', envInt(60_000, 1000, 86_400_000), {
    description:
      'How often a worker looks for people whose phone, e-mail or document numbers are still stored in clear (written before encryption) and seals them with their data key.',
    expected: 'milliseconds, an integer from 1000 to 86400000',
  }),
  ...envVar('PRIVACY_BACKFILL_BATCH', envInt(200, 1, 10_000), {
    description: 'How many people the sealing backfill rewrites per transaction.',
    expected: 'an integer from 1 to 10000',
  }),
};
