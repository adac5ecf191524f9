// Telling "the database is not there" from "this statement failed": a dropped or refused
// connection, a server shutting down or starting up, or no connection free in time says nothing
// about the request — it is answered 503 with Retry-After, and background loops wait it out.

/** Socket errors of a connection that cannot be made or was lost. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server going away — admin_shutdown, crash_shutdown, cannot_connect_now (class 08
 * below) — or refusing one more connection (too_many_connections: max_connections, or a database's
 * or role's CONNECTION LIMIT, reached by other clients; a retry shortly is the answer, not a 500).
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What node-postgres and pg-pool say when a connection ends or none could be had in time. */
const MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|client was closed and is not queryable|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)/i;

type Chained = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

/** The error, its causes (drizzle wraps pg's error in `.cause`) and an AggregateError's members. */
function links(error: unknown, depth = 0): Chained[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as Chained;
  const members = Array.isArray(e.errors) ? e.errors.flatMap((m) => links(m, depth + 1)) : [];
  return [e, ...members, ...links(e.cause, depth + 1)];
}

/** True when the error means the database could not be reached (not that a statement failed). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return links(error).some((e) => {
    const code = typeof e.code === 'string' ? e.code : '';
    if (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    return typeof e.message === 'string' && MESSAGES.test(e.message);
  });
}
