import { createServer } from 'node:net';
import { createTestApp, type TestApp } from '@nexova/app';
import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueMails } from '../src/index';
import { drain, integrationOf, mailsTo, orderOf, owner, pay, runMailer } from './helpers';

// A mail server that refuses: the attempt is recorded and retried after NOTIFICATIONS_MAIL_RETRY_BASE_MS,
// never inside a transaction; once a server answers the mail goes out, once.

let down: TestApp; // its SMTP_URL points at a port nobody listens on
let up: TestApp; // its mailer writes .eml files: the server that answers later

/** A local port that was free a moment ago (nothing listens on it). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  down = await createTestApp({
    SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`,
    NOTIFICATIONS_MAIL_RETRY_BASE_MS: '60000',
    NOTIFICATIONS_MAIL_MAX_ATTEMPTS: '2',
  });
  up = await createTestApp();
}, 120_000);
afterAll(async () => {
  await down?.dispose();
  await up?.dispose();
});

type MailRow = { status: string; attempt_count: number; last_error: string | null; next_attempt_at: string };

describe('notification mail retries', () => {
  it('records a refused attempt, retries it later, and sends it once when the server answers', async () => {
    const boss = await owner(down);
    // An integration places and pays: members are not told about their own actions.
    const seller = await integrationOf(down, boss);
    await pay(seller, await orderOf(seller, 500), 500);
    await drain(down);
    const ctx: AppContext = { ...systemContext(boss.ws.workspaceId), db: down.database.db };
    const rows = () =>
      withTransaction(ctx, (t) =>
        queryRows<MailRow>(
          t.tx,
          sql`select status, attempt_count, last_error, next_attempt_at from notifications.mails`,
        ),
      );
    expect(await runMailer(down)).toEqual({ claimed: 1, sent: 0 });
    const [failed] = await rows();
    expect(failed).toMatchObject({ status: 'pending', attempt_count: 1 });
    expect(failed?.last_error).toBeTruthy();
    expect(await runMailer(down)).toEqual({ claimed: 0, sent: 0 }); // not due before its retry
    const later = new Date(Date.now() + 61_000);
    const sent = await sendDueMails({
      ctx: { ...systemContext(null, 'test'), db: down.database.db },
      input: { mailer: up.runtimes.notifications.mailer, settings: down.runtimes.notifications.settings, now: later },
    });
    expect(sent).toEqual({ claimed: 1, sent: 1 });
    expect((await rows())[0]).toMatchObject({ status: 'sent', attempt_count: 2, last_error: null });
    expect(await mailsTo(up, boss.ws.email)).toHaveLength(1);
  });
});
