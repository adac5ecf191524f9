import { type DatabaseHandle, isDatabaseUnavailable } from '@nexova/db';
import { ServiceUnavailableError } from '@nexova/kernel';

/** Seconds a client is told to wait while the database is unreachable (the process probes it every second). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * A request that failed because the database could not be reached (refused, dropped, restarting, no
 * connection free within DATABASE_CONNECT_TIMEOUT_MS) answers 503 database_unavailable with
 * Retry-After, not 500: nothing is wrong with the request, and retrying it later is safe (a write
 * whose transaction did not commit left nothing behind; POSTs carry an Idempotency-Key).
 */
export function databaseUnavailable(error: unknown, database?: DatabaseHandle): ServiceUnavailableError | null {
  if (!isDatabaseUnavailable(error)) return null;
  database?.availability.report(error); // the outage is logged once, by the database handle
  return new ServiceUnavailableError('The database is unreachable right now; retry shortly.', {
    code: 'database_unavailable',
    headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
    cause: error,
  });
}
