// Transient database failures: a deadlock (40P01) or a serialization failure (40001) says nothing
// about the event, only that another transaction got in the way. The transaction is rolled back and
// run again after a short jittered pause, without counting an attempt at the event; only the last of
// a bounded number of tries records the failure like any other (so a livelock still ends in a retry
// or a dead letter instead of spinning forever).

/** SQLSTATEs worth running the whole transaction again for. */
const TRANSIENT = new Set(['40P01', '40001']);

type Chained = { name?: string; message?: string; code?: unknown; detail?: unknown; cause?: unknown };

/** The error and its causes, outermost first (drizzle wraps pg's error as "Failed query: …" with it in `.cause`). */
function chain(error: unknown): Chained[] {
  const out: Chained[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && out.length < 5) {
    out.push(current as Chained);
    current = (current as Chained).cause;
  }
  return out;
}

/** The SQLSTATE anywhere in the error's cause chain, if any. */
export function sqlState(error: unknown): string | undefined {
  const found = chain(error).find((e) => typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code));
  return found?.code as string | undefined;
}

/** True for a deadlock or serialization failure (anywhere in the cause chain). */
export const isTransient = (error: unknown) => TRANSIENT.has(sqlState(error) ?? '');

/**
 * What `last_error` keeps: the innermost cause first with its SQLSTATE and detail ("error: deadlock
 * detected [SQLSTATE 40P01] Process 1 waits for …"), then each wrapper ("DrizzleQueryError: Failed
 * query: …"), so a long query text cannot push the cause out of the 4000 characters kept.
 */
export function errorText(error: unknown): string {
  const links = chain(error);
  if (links.length === 0) return String(error).slice(0, 4000);
  const parts = links.reverse().map((e) => {
    const head = `${e.name ?? 'Error'}: ${e.message ?? String(e)}`;
    const code = typeof e.code === 'string' ? ` [SQLSTATE ${e.code}]` : '';
    const detail = typeof e.detail === 'string' && e.detail ? ` ${e.detail}` : '';
    return `${head}${code}${detail}`;
  });
  return parts.join(' <- ').slice(0, 4000);
}

export type TransientRetry = {
  /** Tries in all (the last one counts a transient failure as an attempt). Default 8. */
  tries?: number;
  /** Pause before the second try; doubles each time (jitter 50–100 %), capped at 1 s. Default 25 ms. */
  baseMs?: number;
  /** Called before each pause with the error that made the try fail. */
  onRetry?: (error: unknown, tryNumber: number) => void;
};

/**
 * Runs `work` (one whole transaction) until it does not fail transiently, at most `tries` times.
 * `work(last)` gets true on the final try: it then records a transient failure as an attempt instead
 * of throwing it. Any other error is thrown at once.
 */
export async function retryTransient<T>(work: (last: boolean) => Promise<T>, options: TransientRetry = {}): Promise<T> {
  const tries = options.tries ?? 8;
  const base = options.baseMs ?? 25;
  for (let n = 1; ; n++) {
    try {
      return await work(n >= tries);
    } catch (error) {
      if (n >= tries || !isTransient(error)) throw error;
      options.onRetry?.(error, n);
      const cap = Math.min(1000, base * 2 ** (n - 1));
      await new Promise((r) => setTimeout(r, Math.round(cap * (0.5 + Math.random() * 0.5))));
    }
  }
}
