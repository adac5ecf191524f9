// The crash tests' probe: an event and a consumer that records each event it handles in
// probe.applied (no unique key, so a double apply shows). crash-worker.ts runs it in a worker process.
import { defineConsumer, defineEvent } from '@nexova/events';
import { sql } from 'drizzle-orm';
import { z } from 'zod';

export const crashHappened = defineEvent({
  type: 'probe.crash.happened',
  version: 1,
  aggregate: 'probe',
  description: 'Crash-test probe event (tests only).',
  payload: z.object({ seq: z.number().int() }),
});

export const CRASH_CONSUMER = `crash-probe-${process.env.CRASH_RUN ?? 'local'}`;

export const crashConsumer = defineConsumer({
  name: CRASH_CONSUMER,
  events: [crashHappened],
  async handle({ event, tx }) {
    await tx.execute(
      sql`insert into probe.applied (consumer, event_id, aggregate, seq)
          values (${CRASH_CONSUMER}, ${event.id}, ${event.aggregate.id}, ${event.payload.seq})`,
    );
    await new Promise((r) => setTimeout(r, 1));
  },
});
