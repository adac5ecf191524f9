import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { MIGRATIONS_FOLDER } from './paths';
import { queryRows } from './rows';

// Issue 11: PGlite's own 128 MB of shared_buffers was a third of the idle embedded server's memory;
// `nexova start` passes PGLITE_SHARED_BUFFERS_MB / PGLITE_WORK_MEM_MB as `postgres -c` settings.
describe('PGlite memory settings', () => {
  it('starts PostgreSQL with the given shared_buffers and work_mem', async () => {
    const database = await openDatabase({
      appRole: 'nexova_app',
      migrationsFolder: MIGRATIONS_FOLDER,
      pgliteMemory: { sharedBuffersMb: 16, workMemMb: 3 },
    });
    try {
      const setting = async (name: string) =>
        (await queryRows<{ value: string }>(database.db, sql`select current_setting(${name}) as value`))[0]?.value;
      expect(await setting('shared_buffers')).toBe('16MB');
      expect(await setting('work_mem')).toBe('3MB');
      expect(await setting('maintenance_work_mem')).toBe('16MB');
    } finally {
      await database.close();
    }
  });
});
