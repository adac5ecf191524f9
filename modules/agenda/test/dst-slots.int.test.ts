import { createTestApp, type TestApp } from '@nexova/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookable, clinicWorkspace, hold } from './fixtures';

// Slots across a real DST change, through the API: a Santiago clinic open 09:00–10:00 every day
// keeps its local hours when Chile leaves DST (first Sunday of April 2027, UTC−3 → UTC−4), so the
// UTC instants move by an hour; a hold at the new instant fits the rule.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.dispose();
});

describe('America/Santiago, April 2027', () => {
  it('09:00 local is 12:00Z before the change and 13:00Z after it', async () => {
    const c = await clinicWorkspace(app, 'America/Santiago');
    const b = await bookable(c, { minutes: 60, hours: ['09:00', '10:00'] });
    const res = await c.call(
      'GET',
      `/agenda/slots?service_id=${b.serviceId}&from=2027-04-02T00:00:00Z&to=2027-04-06T00:00:00Z`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const starts = (res.json() as { items: { starts_at: string }[] }).items.map((s) => s.starts_at);
    expect(starts).toEqual([
      '2027-04-02T12:00:00.000Z',
      '2027-04-03T12:00:00.000Z',
      '2027-04-04T13:00:00.000Z',
      '2027-04-05T13:00:00.000Z',
    ]);
    expect((await hold(c, b, '2027-04-05T09:00:00-04:00')).statusCode).toBe(201);
    // 12:00Z on the 5th is 08:00 local: outside the rule.
    const early = await hold(c, b, '2027-04-05T12:00:00Z');
    expect(early.json().code).toBe('slot_unavailable');
  });
});
