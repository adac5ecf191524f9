import pg from 'pg';

// Counts the statements this process sends through node-postgres, by statement shape (whitespace
// folded, first 90 characters), so a bench can print statements per event or per request. Installed
// only when a bench asks for it (BENCH_SQL_TALLY=1); it wraps pg.Client.prototype.query.
const counts = new Map<string, number>();
let installed = false;

export function installSqlTally(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function tallied(this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    if (text) {
      const shape = text.replace(/\s+/g, ' ').trim().slice(0, 90);
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
}

/** The counts since the last call (and resets them), most frequent first. */
export function takeSqlTally(): [string, number][] {
  const out = [...counts].sort((a, b) => b[1] - a[1]);
  counts.clear();
  return out;
}

/** A printable table of a tally, per `per` units (events, requests). */
export function formatTally(tally: [string, number][], per: number, unit: string, top = 15): string {
  const total = tally.reduce((n, [, c]) => n + c, 0);
  const lines = tally.slice(0, top).map(([shape, c]) => `  ${(c / per).toFixed(3).padStart(8)}  ${shape}`);
  return `statements per ${unit}: ${(total / per).toFixed(3)} (${total} over ${per} ${unit}s)\n${lines.join('\n')}`;
}
