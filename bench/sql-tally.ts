import pg from 'pg';

// Counts the statements this process sends through node-postgres, by statement shape (whitespace
// folded, first 90 characters), with the time each took from the call to its answer (queueing on
// the connection included), so a bench can print statements and milliseconds per event or request.
// Installed only when a bench asks for it (BENCH_SQL_TALLY=1); it wraps pg.Client.prototype.query.
type Entry = { count: number; ms: number };
const tally = new Map<string, Entry>();
let installed = false;

export function installSqlTally(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function tallied(this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (!text) return result;
    const shape = text.replace(/\s+/g, ' ').trim().slice(0, 90);
    const entry = tally.get(shape) ?? { count: 0, ms: 0 };
    tally.set(shape, entry);
    entry.count++;
    if (result instanceof Promise) {
      const started = performance.now();
      result.then(
        () => (entry.ms += performance.now() - started),
        () => (entry.ms += performance.now() - started),
      );
    }
    return result;
  } as typeof original;
}

/** The tally since the last call (and resets it), most time first. */
export function takeSqlTally(): [string, Entry][] {
  const out = [...tally].sort((a, b) => b[1].ms - a[1].ms);
  tally.clear();
  return out;
}

/** A printable table of a tally, per `per` units (events, requests). */
export function formatTally(rows: [string, Entry][], per: number, unit: string, top = 15): string {
  const count = rows.reduce((n, [, e]) => n + e.count, 0);
  const ms = rows.reduce((n, [, e]) => n + e.ms, 0);
  const lines = rows
    .slice(0, top)
    .map(
      ([shape, e]) =>
        `  ${(e.count / per).toFixed(4).padStart(8)} stmts ${(e.ms / per).toFixed(4).padStart(8)} ms ${(e.ms / Math.max(e.count, 1)).toFixed(1).padStart(7)} ms each  ${shape}`,
    );
  return `statements per ${unit}: ${(count / per).toFixed(3)}, ${(ms / per).toFixed(3)} ms of statement time per ${unit} (${count} statements over ${per} ${unit}s)\n${lines.join('\n')}`;
}
