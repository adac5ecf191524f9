import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { defineConsumer } from './consumer';
import { defineEvent } from './define-event';

const placed = defineEvent({
  type: 'probe.order.placed',
  version: 1,
  aggregate: 'order',
  description: 'A probe event (tests only).',
  payload: z.object({ order_id: z.string(), total: z.number().int() }),
});
const dropped = defineEvent({
  type: 'probe.order.dropped',
  version: 1,
  aggregate: 'order',
  description: 'A probe event (tests only).',
  payload: z.object({ order_id: z.string(), reason: z.string().nullable() }),
});

describe('defineConsumer', () => {
  it('types the handler: a union of its events discriminated by type, payloads from the contracts', () => {
    defineConsumer({
      name: 'probe.typed',
      events: [placed, dropped],
      async handle({ event }) {
        expectTypeOf(event.payload.order_id).toEqualTypeOf<string>();
        switch (event.type) {
          case placed.type:
            expectTypeOf(event.payload).toEqualTypeOf<{ order_id: string; total: number }>();
            break;
          case dropped.type:
            expectTypeOf(event.payload).toEqualTypeOf<{ order_id: string; reason: string | null }>();
            break;
        }
      },
    });
  });

  it('registers nothing and refuses a bad name or no events', () => {
    const a = defineConsumer({ name: 'probe.same', events: [placed], handle: async () => {} });
    const b = defineConsumer({ name: 'probe.same', events: [placed], handle: async () => {} });
    expect(a).not.toBe(b); // two definitions of one name are the composition's to refuse
    expect(() => defineConsumer({ name: 'Bad Name', events: [placed], handle: async () => {} })).toThrow(/lower case/);
    expect(() => defineConsumer({ name: 'probe.none', events: [], handle: async () => {} })).toThrow(/no events/);
  });
});
