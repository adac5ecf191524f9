import type { FlowResult } from './checkout-flow';
import type { Statements, Tpcb } from './checkout-probes';
import { percentile, table } from './lib';

// The tables bench:checkout prints: throughput and latency per concurrency, what one order costs
// in SQL statements, the idle rates and the processes' memory.

type Run = {
  concurrency: number;
  results: FlowResult[];
  seconds: number;
  /** Statements counted from before the clients started until the background settled. */
  statements: Statements & { total: number };
  /** Checkout reads the long-polls made in that window (nexova_checkout_wait_reads_total). */
  waitReads: number;
  /** Saga-version reads the long-polls made in that window (nexova_checkout_wait_probes_total): 2 statements each. */
  waitProbes: number;
  /** Seconds that count covers. */
  window: number;
};

export type Report = {
  mode: string;
  tps: Tpcb | null;
  runs: Run[];
  idle: Statements & { total: number };
  idleSeconds: number;
  /** Statements one GET /orders/{id}/checkout costs, measured apart: answered 200, and 404 (not started). */
  pollCosts: { found: number; missing: number };
  pollSamples: number;
  rssIdle: Record<string, number>;
  rssAfter: Record<string, number>;
};

const sum = (s: Statements, pool: string) =>
  Object.entries(s).reduce((n, [k, v]) => (k.endsWith(`:${pool}`) ? n + v : n), 0);
const ms = (values: number[], p: number) => Math.round(percentile(values, p));
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

export function report(r: Report): void {
  const embedded = r.mode === 'embedded';
  const speed = [];
  const sql = [];
  for (const run of r.runs) {
    const ok = run.results.filter((x) => x.ok);
    // Statements per order divide by every order created (a flow that timed out still completes before
    // the count ends, which waits for the background to settle).
    const n = Math.max(run.results.filter((x) => x.orderId).length, 1);
    const flow = ok.map((x) => x.flowMs).sort((a, b) => a - b);
    const saga = ok
      .map((x) => x.sagaMs)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const perSecond = ok.length / run.seconds;
    const polls = run.results.reduce((p, x) => p + x.polls, 0);
    const missing = run.results.reduce((p, x) => p + x.missing, 0);
    // A long-poll reads the checkout once on arrival and once per wake-up: every read is priced as
    // one whole GET (its request overhead included), so "no polls" is a lower bound.
    // A probe is one short transaction: BEGIN with the scope and its select, then COMMIT.
    const pollStatements = run.waitReads * r.pollCosts.found + missing * r.pollCosts.missing + run.waitProbes * 2;
    const idleBackground = (r.idle.total / r.idleSeconds) * run.window;
    speed.push({
      c: run.concurrency,
      orders: ok.length,
      failed: run.results.length - ok.length,
      'orders/s': fixed(perSecond),
      'TPC-B tps': r.tps ? Math.round(r.tps.tps) : 'n/a',
      'orders/s ÷ TPC-B': r.tps ? fixed(perSecond / r.tps.tps, 4) : 'n/a',
      'flow p50/p95/p99 ms': `${ms(flow, 50)} / ${ms(flow, 95)} / ${ms(flow, 99)}`,
      'saga submit→completed p50/p95/p99 ms': `${ms(saga, 50)} / ${ms(saga, 95)} / ${ms(saga, 99)}`,
    });
    sql.push({
      c: run.concurrency,
      'SQL/order with polls': fixed(run.statements.total / n),
      'long-polls/order': fixed(polls / n),
      'checkout reads/order': fixed(run.waitReads / n),
      'version probes/order': fixed(run.waitProbes / n),
      'SQL/order no polls': fixed((run.statements.total - pollStatements) / n),
      'api SQL/order no polls': embedded ? 'n/a' : fixed((sum(run.statements, 'api') - pollStatements) / n),
      'worker SQL/order': embedded ? 'n/a' : fixed(sum(run.statements, 'worker') / n),
      'of which idle-rate background/order': fixed(idleBackground / n),
      'window s': fixed(run.window),
    });
  }
  const idleRates = Object.entries(r.idle)
    .filter(([k]) => k !== 'total')
    .map(([k, v]) => `${k} ${fixed(v / r.idleSeconds)}/s`)
    .join(', ');
  const rss = Object.keys(r.rssIdle)
    .map((name) => `${name} ${r.rssIdle[name]} MB idle → ${r.rssAfter[name]} MB after load`)
    .join('; ');
  const tpcbLine = r.tps
    ? `pgbench TPC-B: ${fixed(r.tps.tps)} tps (scale ${r.tps.scale}, ${r.tps.clients} clients, -j 2, ${r.tps.seconds} s, -M prepared)`
    : 'pgbench TPC-B: n/a (embedded PGlite)';
  const errors = [...new Set(r.runs.flatMap((run) => run.results.flatMap((x) => (x.error ? [x.error] : []))))];
  process.stdout.write(
    [
      '',
      tpcbLine,
      '',
      table(speed),
      '',
      table(sql),
      '',
      `one status poll (GET /orders/{id}/checkout, ${r.pollSamples} sequential each): ${fixed(r.pollCosts.found, 2)} statements answered 200, ${fixed(r.pollCosts.missing, 2)} answered 404 (saga not started)`,
      `idle statements/s over ${r.idleSeconds} s (process:pool): ${idleRates}`,
      `RSS: ${rss}`,
      ...(errors.length ? [`failures (first kinds): ${errors.slice(0, 3).join(' | ')}`] : []),
      '',
    ].join('\n'),
  );
}
