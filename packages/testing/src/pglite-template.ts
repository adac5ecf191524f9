import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadPgliteExtensions, MIGRATIONS_FOLDER } from '@nexova/db';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';

// Creating a PGlite cluster (initdb in WASM) and migrating it costs seconds per test file; loading
// a dump of an already-migrated one costs a fraction of that. The dump is cached in the temp
// folder, keyed on the migrations' content and PGlite's version, and rebuilt when either changes.

function templateKey(): string {
  const hash = createHash('sha256');
  const pglite = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  );
  hash.update(String(pglite.version));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(entry.name).update(readFileSync(full));
    }
  };
  walk(MIGRATIONS_FOLDER);
  return hash.digest('hex').slice(0, 16);
}

async function buildTemplate(file: string): Promise<void> {
  const client = await PGlite.create({ extensions: await loadPgliteExtensions() });
  await migrate(drizzle(client, { casing: 'snake_case' }), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir('none');
  await client.close();
  // Write then rename: concurrent test workers never read a half-written template.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
}

/** The migrated template as a Blob for `PGlite.create({ loadDataDir })`. */
export async function pgliteTemplate(): Promise<Blob> {
  const file = join(tmpdir(), `nexova-pglite-template-${templateKey()}.tar`);
  if (!existsSync(file)) await buildTemplate(file);
  return new Blob([readFileSync(file)]);
}
