import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookable, type Clinic, clinicWorkspace, hold, tomorrow } from './fixtures';

// No double booking, enforced by the database: 100 concurrent holds of one slot through HTTP give
// exactly one 201 and 99 409 slot_taken (on PostgreSQL the losers wait on the winner's row and fail
// on the exclusion constraint). A write that skips every check in the code still cannot overlap.

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp();
  c = await clinicWorkspace(app);
});
afterAll(async () => {
  await app?.dispose();
});

const startsAt = `${tomorrow()}T10:00:00-03:00`;

describe('one slot, 100 concurrent attempts', () => {
  it('exactly one succeeds; 99 answer 409 slot_taken naming the winner', async () => {
    const b = await bookable(c, { minutes: 30 });
    const answers = await Promise.all(Array.from({ length: 100 }, () => hold(c, b, startsAt)));
    const tally: Record<string, number> = {};
    for (const r of answers) {
      const key = `${r.statusCode} ${r.statusCode === 201 ? '' : (r.json().code ?? '')}`.trim();
      tally[key] = (tally[key] ?? 0) + 1;
    }
    expect(tally).toEqual({ 201: 1, '409 slot_taken': 99 });
    const winner = answers.find((r) => r.statusCode === 201)?.json().id;
    for (const loser of answers.filter((r) => r.statusCode === 409))
      expect(loser.json()).toMatchObject({ code: 'slot_taken', conflict: { appointment_id: winner } });
    const ctx = { ...systemContext(c.ws.workspaceId), db: app.database.db };
    const rows = await withTransaction(ctx, (t) =>
      queryRows<{ n: number | string }>(
        t.tx,
        sql`select count(*) as n from agenda.appointments where professional_id = ${b.professionalId}`,
      ),
    );
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it('the exclusion constraints refuse an overlapping row written straight to the table (23P01)', async () => {
    const b = await bookable(c, { minutes: 30 });
    const ctx = { ...systemContext(c.ws.workspaceId), db: app.database.db };
    const row = (id: string, professionalId: string, resourceId: string | null, status = 'booked') => sql`
      insert into agenda.appointments (id, workspace_id, service_id, professional_id, resource_id, status, starts_at, ends_at)
      values (${id}, ${c.ws.workspaceId}, ${b.serviceId}, ${professionalId}, ${resourceId}, ${status},
              '2030-01-07T13:00:00Z', '2030-01-07T14:00:00Z')`;
    await withTransaction(ctx, (t) => t.tx.execute(row(newId(), b.professionalId, b.roomId)));
    const code = async (q: ReturnType<typeof row>) =>
      withTransaction(ctx, (t) => t.tx.execute(q)).then(
        () => 'ok',
        (e) => {
          for (let x = e; x; x = x.cause) if (x.code) return x.code as string;
          return 'unknown';
        },
      );
    // Same professional, another room; same room, another professional: both refused.
    expect(await code(row(newId(), b.professionalId, null))).toBe('23P01');
    expect(await code(row(newId(), newId(), b.roomId))).toBe('23P01');
    // A canceled row does not occupy time; another professional in another room is free.
    expect(await code(row(newId(), b.professionalId, b.roomId, 'canceled'))).toBe('ok');
    expect(await code(row(newId(), newId(), null))).toBe('ok');
  });
});
