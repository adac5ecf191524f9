// `npm run seed:scale -- [--scale 0.1] [--workspaces N --products N --customers N --orders N --events N
// --dead-letters N] [--database nexova_bench_scale]`: drops and re-creates a PostgreSQL database of its
// own on DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432), migrates it and fills it in
// SQL (generate_series, chunked, foreign-key triggers off as a bulk loader does) with, at full scale,
// 1,000 workspaces, 100k products (one variant and one stock level each), 200k customers, 1M orders
// (one line each) and 5M events (plus 10k dead letters), printing progress; then VACUUM ANALYZE.
// `--scale` multiplies every count; a count given by name overrides it. `npm run bench:scale` uses it.
import { parseArgs } from 'node:util';
import { MIGRATIONS_FOLDER, openDatabase } from '@nexova/db';
import pg from 'pg';
import { type Counts, helpers, tables } from './scale-rows';

const FULL: Counts = {
  workspaces: 1000,
  products: 100_000,
  customers: 200_000,
  orders: 1_000_000,
  events: 5_000_000,
  deadLetters: 10_000,
};
const CHUNK = 200_000;

export function countsFrom(argv: string[]): { counts: Counts; database: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1' },
      database: { type: 'string', default: 'nexova_bench_scale' },
      workspaces: { type: 'string' },
      products: { type: 'string' },
      customers: { type: 'string' },
      orders: { type: 'string' },
      events: { type: 'string' },
      'dead-letters': { type: 'string' },
    },
  });
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 10)) throw new Error('--scale must be a number in (0, 10]');
  const pick = (name: keyof typeof values, full: number) => {
    const given = values[name] === undefined ? Math.round(full * scale) : Number(values[name]);
    if (!Number.isInteger(given) || given < 1) throw new Error(`--${name} must be a positive integer`);
    return given;
  };
  return {
    database: values.database as string,
    counts: {
      workspaces: pick('workspaces', FULL.workspaces),
      products: pick('products', FULL.products),
      customers: pick('customers', FULL.customers),
      orders: pick('orders', FULL.orders),
      events: pick('events', FULL.events),
      deadLetters: pick('dead-letters', FULL.deadLetters),
    },
  };
}

/** The URL of `name` on DATABASE_URL's server. */
export function databaseUrl(name: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops, re-creates and migrates `name`; returns its URL. */
export async function freshDatabase(name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('--database: lower-case letters, digits and _ only');
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = databaseUrl(name);
  const database = await openDatabase({
    url,
    appRole: 'nexova_app',
    migrationsFolder: MIGRATIONS_FOLDER,
    migrate: true,
    poolMax: 2,
  });
  await database.close();
  return url;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Writes the rows into the migrated database at `url`, reporting progress to `report`. */
export async function seed(url: string, counts: Counts, report: (line: string) => void = log): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('set synchronous_commit = off');
    await client.query("set maintenance_work_mem = '256MB'");
    await client.query('set session_replication_role = replica');
    await client.query(helpers(new Date(Date.now() - 366 * 86_400_000)));
    const started = performance.now();
    for (const { table, total, sql } of tables(counts)) {
      const tableStart = performance.now();
      for (let from = 0; from < total; from += CHUNK) {
        const to = Math.min(total, from + CHUNK);
        await client.query(sql.replaceAll('{from}', String(from)).replaceAll('{to}', String(to)));
        const seconds = (performance.now() - tableStart) / 1000;
        report(
          `  ${table}: ${to.toLocaleString('en')} / ${total.toLocaleString('en')} rows (${Math.round(to / seconds).toLocaleString('en')} rows/s)`,
        );
      }
    }
    report(`rows written in ${((performance.now() - started) / 1000).toFixed(0)} s; vacuum analyze …`);
    const vacuumStart = performance.now();
    await client.query('vacuum analyze');
    report(`vacuum analyze: ${((performance.now() - vacuumStart) / 1000).toFixed(0)} s`);
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { counts, database } = countsFrom(process.argv.slice(2));
  log(`seed:scale → ${database}: ${JSON.stringify(counts)}`);
  const started = performance.now();
  const url = await freshDatabase(database);
  log(`created and migrated ${database} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await seed(url, counts);
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s: ${url}`);
}
