import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows } from './rows';
import type { Database } from './types';

type Journal = { entries: { idx: number; when: number; tag: string }[] };

export function readJournal(folder: string): Journal {
  return JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

export type MigrationStatus = { total: number; applied: number; pending: number; latest: string | null };

/** Compares the committed migration folder with what the database has recorded (drizzle's log). */
export async function migrationStatus(db: Database, folder: string): Promise<MigrationStatus> {
  const entries = readJournal(folder).entries;
  const exists = await queryRows<{ ok: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`,
  );
  let lastApplied = 0;
  if (exists[0]?.ok) {
    const rows = await queryRows<{ created_at: string | null }>(
      db,
      sql`select max(created_at) as created_at from drizzle.__drizzle_migrations`,
    );
    lastApplied = Number(rows[0]?.created_at ?? 0);
  }
  const applied = entries.filter((e) => e.when <= lastApplied).length;
  return {
    total: entries.length,
    applied,
    pending: entries.length - applied,
    latest: entries.at(-1)?.tag ?? null,
  };
}
