// `npm run bench:messages`: WhatsApp traffic against a whole Nexova (`nexova start`: API and workers
// in one process) on 127.0.0.1 with a local fake of Meta's Graph API, signed webhooks in and the
// replies out through the Graph API. With DATABASE_URL it runs on its own PostgreSQL database
// (nexova_bench_messages, recreated), else on the embedded one in a temporary data directory.
//   1. Webhook answer: BENCH_WEBHOOK_SECONDS (default 10) of signed webhooks, one new message each,
//      from BENCH_CONNECTIONS connections (default 8, saturating: the most it answers), then as many
//      seconds at a steady BENCH_WEBHOOK_RATE per second (default 10): req/s and p50/p95/p99 of the 200s.
//   2. Inbound → reply: customers (distinct numbers) write at a steady rate in steps of
//      BENCH_RATES messages/min (default 100,300,600,1200) for BENCH_STEP_SECONDS each (default
//      20): per step the replies per minute that reached the fake and p50/p95/p99 from the webhook's
//      answer to the reply arriving at Meta. The agent answering is the offline one (no LLM key).
// The highest step whose replies kept pace (≥ 95 % of offered within the step plus 10 s) is the most
// this machine holds. Prints the figures and exits. Traffic goes to 127.0.0.1 only.

import { execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { createFakeMeta } from '@nexova/testing';
import { load, percentile, ROOT, startServer, table } from './lib';
import { httpOf } from './scale-sides';
import { freshDatabase } from './seed-scale';

const WEBHOOK_SECONDS = Number(process.env.BENCH_WEBHOOK_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const WEBHOOK_RATE = Number(process.env.BENCH_WEBHOOK_RATE ?? 10);
const RATES = (process.env.BENCH_RATES ?? '100,300,600,1200').split(',').map(Number);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 20);
const SECRET = 'bench-messages-secret-key-0123456789abcdef';
const log = (line: string) => process.stdout.write(`${line}\n`);
const load1 = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();

const meta = await createFakeMeta();
const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'nexova-bench-messages-'));
const databaseUrl = process.env.DATABASE_URL ? await freshDatabase('nexova_bench_messages') : undefined;
log(
  `bench:messages  ${new Date().toISOString()}  commit ${commit}  ${cpus().length} cores  load ${load1()}  ${databaseUrl ? 'PostgreSQL' : 'embedded'}`,
);
const server = await startServer(['apps/nexova/src/bin.ts', 'start', '--port', '0'], {
  DATABASE_URL: databaseUrl,
  NEXOVA_DATA_DIR: dataDir ?? undefined,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
  NEXOVA_SEED_DEMO: 'false',
  NATS_URL: undefined,
  NEXOVA_SECRET_KEY: SECRET,
  META_GRAPH_URL: meta.url,
  CONVERSATIONS_SEND_INTERVAL_MS: '50',
  CONVERSATIONS_CHANNEL_SENDS_PER_SECOND: '1000',
  RATE_LIMIT_IP: '1000000000',
  RATE_LIMIT_USER_POINTS: '1000000000',
  RATE_LIMIT_WORKSPACE_POINTS: '1000000000',
  RATE_LIMIT_WEBHOOKS: '1000000000',
  RATE_LIMIT_KEY_PREFIX: `nexova:bench:${randomUUID()}`,
});

try {
  const ws = await signUpAndCreateWorkspace(httpOf(server.url));
  const res = await fetch(`${server.url}/api/v1/channels`, {
    method: 'POST',
    headers: { ...ws.headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      kind: 'meta',
      name: 'WhatsApp bench',
      settings: { phone_number_id: meta.phoneNumberId },
      credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
    }),
  });
  if (res.status !== 201) throw new Error(`channel: ${res.status} ${await res.text()}`);
  const path = ((await res.json()) as { webhook_path: string }).webhook_path;
  const signed = (from: string, text: string) => {
    const body = JSON.stringify(meta.inbound({ from, payload: { body: text } }));
    const signature = `sha256=${createHmac('sha256', meta.appSecret).update(body).digest('hex')}`;
    return { body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature } };
  };

  // 1. The webhook's answer: each request a new message from one of 500 numbers.
  let n = 0;
  const refusals = new Map<string, number>();
  const webhook = await load({
    url: `${server.url}${path}`,
    connections: CONNECTIONS,
    duration: WEBHOOK_SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, ...signed(`55119${String(70000000 + (n++ % 500)).padStart(8, '0')}`, 'oi') }),
        onResponse: (status, body) => {
          if (status >= 300) {
            const key = `${status} ${/"code":"([a-z_]+)"/.exec(body)?.[1] ?? ''}`;
            refusals.set(key, (refusals.get(key) ?? 0) + 1);
          }
        },
      },
    ],
  });
  if (refusals.size) log(`non-2xx: ${[...refusals].map(([k, v]) => `${k} ×${v}`).join(', ')}`);
  // Let the backlog of those webhooks (and their replies) drain before timing anything else.
  const settle = async () => {
    let last = -1;
    while (meta.sentTexts().length !== last) {
      last = meta.sentTexts().length;
      await new Promise((r) => setTimeout(r, 3000));
    }
  };
  await settle();

  // The same webhooks at a steady rate below saturation (what a provider sends a busy shop).
  const steady: number[] = [];
  const steadyStart = performance.now();
  const steadyPosts: Promise<void>[] = [];
  for (let i = 0; i < WEBHOOK_RATE * WEBHOOK_SECONDS; i++) {
    const wait = steadyStart + (i * 1000) / WEBHOOK_RATE - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const { body, headers } = signed(`55119${String(80000000 + (i % 500)).padStart(8, '0')}`, 'oi');
    const sent = performance.now();
    steadyPosts.push(
      fetch(`${server.url}${path}`, { method: 'POST', headers, body }).then(async (r) => {
        await r.arrayBuffer();
        if (r.status === 200) steady.push(performance.now() - sent);
      }),
    );
  }
  await Promise.all(steadyPosts);
  steady.sort((a, b) => a - b);
  log('\nwebhook answer (signed Meta webhook, one new message each; the workers process them meanwhile)');
  log(
    table([
      {
        load: `saturated, ${CONNECTIONS} connections`,
        'req/s': webhook.rps.toFixed(0),
        'p50 ms': webhook.p50,
        'p95 ms': webhook.p95,
        'p99 ms': webhook.p99,
        'non-2xx': webhook.non2xx,
      },
      {
        load: `steady ${WEBHOOK_RATE}/s`,
        'req/s': ((steady.length * 1000) / (performance.now() - steadyStart)).toFixed(0),
        'p50 ms': percentile(steady, 50),
        'p95 ms': percentile(steady, 95),
        'p99 ms': percentile(steady, 99),
        'non-2xx': WEBHOOK_RATE * WEBHOOK_SECONDS - steady.length,
      },
    ]),
  );
  await settle();

  // 2. Inbound → reply at steady rates, each message from a new number so each reply is its own.
  const rows: Record<string, string | number>[] = [];
  let holds = 0;
  let step = 0;
  for (const perMinute of RATES) {
    step++;
    const count = Math.max(1, Math.round((perMinute * STEP_SECONDS) / 60));
    const gap = 60_000 / perMinute;
    const answered = new Map<string, number>();
    const start = performance.now();
    const posts: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      const due = start + i * gap;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const from = `55219${String(step * 100000 + i).padStart(8, '0')}`;
      const { body, headers } = signed(from, 'oi');
      posts.push(
        fetch(`${server.url}${path}`, { method: 'POST', headers, body }).then(async (r) => {
          await r.arrayBuffer();
          if (r.status === 200) answered.set(from, Date.now());
        }),
      );
    }
    await Promise.all(posts);
    const deadline = Date.now() + 10_000;
    const replyAt = new Map<string, number>();
    while (Date.now() < deadline && replyAt.size < answered.size) {
      for (const t of meta.sentTexts()) if (answered.has(t.to) && !replyAt.has(t.to)) replyAt.set(t.to, t.at);
      await new Promise((r) => setTimeout(r, 100));
    }
    const latencies = [...replyAt].map(([to, at]) => at - (answered.get(to) ?? at)).sort((a, b) => a - b);
    const seconds = (Math.max(...replyAt.values(), Date.now()) - Date.now() + (performance.now() - start)) / 1000;
    const kept = replyAt.size >= 0.95 * count;
    if (kept) holds = perMinute;
    rows.push({
      'offered /min': perMinute,
      messages: count,
      replies: replyAt.size,
      'replies /min': ((replyAt.size * 60) / Math.max(seconds, 1)).toFixed(0),
      'p50 ms': percentile(latencies, 50),
      'p95 ms': percentile(latencies, 95),
      'p99 ms': percentile(latencies, 99),
      'kept pace': kept ? 'yes' : 'no',
    });
    if (!kept) break;
    await settle();
  }
  log('\ninbound → reply (offline agent; webhook answered → reply at the fake Graph API)');
  log(table(rows));
  log(`\nmost held: ${holds} messages/min (seed asks ≥ 100)  load ${load1()}`);
} finally {
  await server.stop();
  await meta.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
