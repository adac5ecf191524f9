import { createTestApp, type TestApp } from '@nexova/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookable, type Clinic, clinicWorkspace } from './fixtures';

// AGENDA_QUEUE_MAX holds under concurrency: walk-ins joining one queue at once are counted one
// after the other (a per-queue transaction lock), so the queue never ends up one over its limit.

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp({ AGENDA_QUEUE_MAX: '3' });
  c = await clinicWorkspace(app);
});
afterAll(async () => {
  await app?.dispose();
});

describe('queue limit', () => {
  it('12 walk-ins at once into a queue of 3: three join, nine answer 409 queue_full', async () => {
    const b = await bookable(c, { minutes: 30 });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        c.call('POST', '/agenda/queue', { name: `Walk-in ${i}`, professional_id: b.professionalId }),
      ),
    );
    const tally: Record<string, number> = {};
    for (const r of answers) {
      const key = r.statusCode === 201 ? '201' : `${r.statusCode} ${r.json().code}`;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    expect(tally).toEqual({ 201: 3, '409 queue_full': 9 });
    const queue = await c.call('GET', `/agenda/queue?professional_id=${b.professionalId}`);
    expect(queue.json().items).toHaveLength(3);
    // Another professional's queue is a queue of its own.
    const other = await bookable(c, { minutes: 30 });
    const res = await c.call('POST', '/agenda/queue', { name: 'Ana', professional_id: other.professionalId });
    expect(res.statusCode, res.body).toBe(201);
  });
});
