import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { createEmbeddedTransport } from './embedded';
import { transportContract } from './testing/contract';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

transportContract(`embedded (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, {
  database: () => database,
  transport: async (consumers, retry) => {
    const transport = createEmbeddedTransport({ database, consumers, retry, pollIntervalMs: 20, batchSize: 50 });
    return {
      start: transport.start,
      stop: transport.stop,
      redeliverAll: async () => {
        for (const c of consumers) {
          await database.db.execute(
            sql`update events.checkpoints set last_txid = '0'::xid8, last_position = 0 where consumer = ${c.name}`,
          );
        }
      },
    };
  },
});
