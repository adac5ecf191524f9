import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { CommandArgs } from '../cli';
import { chatLine, SEND_USAGE } from './chat-line';
import type { CommandContext } from './context';

export const CHAT_USAGE = 'chat [--url U] [--token T] [--channel ID] [--phone N]';

export class ChatUsageError extends Error {}

type Message = { id: string; direction: string; text: string | null; kind: string };
type Page<T> = { items: T[] };
type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

const str = (v: string | boolean | undefined) => (typeof v === 'string' && v.length > 0 ? v : undefined);

/**
 * `nexova chat`: talk to a running server's shop as a WhatsApp customer, on a simulator channel.
 * Each stdin line is posted to POST /channels/{id}/simulator/messages (the same inbound path as a
 * provider webhook; `/send <file> [caption]` sends an image or PDF); the shop's replies are printed as
 * they arrive (polled). Ends on EOF or Ctrl-C.
 */
export async function chatCommand({ config, io }: CommandContext, { values }: CommandArgs): Promise<void> {
  const base = (str(values.url) ?? process.env.NEXOVA_URL ?? `http://127.0.0.1:${config.PORT}`).replace(/\/+$/, '');
  const phone = str(values.phone) ?? '+5511987654321';
  const name = str(values.name) ?? null;
  const pollMs = Number(str(values.interval) ?? 1000);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const api: Api = async <T>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const data = (await res.json().catch(() => null)) as { detail?: string; title?: string } | null;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${data?.detail ?? data?.title ?? ''}`.trim());
    return data as T;
  };

  const token = str(values.token) ?? process.env.NEXOVA_TOKEN;
  if (token) headers.authorization = `Bearer ${token}`;
  else {
    const email = str(values.email) ?? process.env.NEXOVA_EMAIL;
    const password = str(values.password) ?? process.env.NEXOVA_PASSWORD;
    if (!email || !password)
      throw new ChatUsageError('nexova chat needs --token (or NEXOVA_TOKEN), or --email and --password.');
    const tokens = await api<{ access_token: string }>('POST', '/auth/login', { email, password });
    headers.authorization = `Bearer ${tokens.access_token}`;
  }
  const workspace = str(values.workspace);
  if (workspace) headers['x-workspace-id'] = workspace;
  else if (!token?.startsWith('nxk_')) {
    const list = await api<Page<{ id: string; slug?: string }>>('GET', '/workspaces?limit=100');
    const chosen = list.items.find((w) => w.slug === 'demo') ?? list.items[0];
    if (!chosen) throw new ChatUsageError('You belong to no workspace; pass --workspace.');
    headers['x-workspace-id'] = chosen.id;
  }
  let channel = str(values.channel);
  if (!channel) {
    const list = await api<Page<{ id: string; kind: string; status: string }>>('GET', '/channels?limit=100');
    channel = list.items.find(
      (c: { kind: string; status: string }) => c.kind === 'simulator' && c.status === 'active',
    )?.id;
    if (!channel) throw new ChatUsageError('This workspace has no active simulator channel; pass --channel.');
  }

  let conversation: string | null = null;
  const seen = new Set<string>();
  let first = true;
  const poll = async () => {
    if (!conversation) {
      const list = await api<Page<{ id: string; contact_address: string }>>(
        'GET',
        `/conversations?limit=100&channel_id=${channel}`,
      );
      const contact = `+${phone.replace(/\D/g, '')}`;
      conversation = list.items.find((c) => c.contact_address === contact)?.id ?? null;
      if (!conversation) return;
    }
    const page = await api<Page<Message>>('GET', `/conversations/${conversation}/messages?limit=100`);
    for (const m of page.items.slice().reverse()) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      // History from before this session is shown once, the shop's new replies as they arrive.
      if (m.direction === 'outbound' || first)
        io.out(`${m.direction === 'outbound' ? 'shop' : 'you '}> ${m.text ?? `[${m.kind}]`}\n`);
    }
    first = false;
  };

  io.err(
    `Chatting as ${phone} on channel ${channel} at ${base}. Type a message (${SEND_USAGE} sends a file); Ctrl-D or Ctrl-C ends.\n`,
  );
  await poll().catch((e: Error) => io.err(`${e.message}\n`));
  first = false;
  const timer = setInterval(() => void poll().catch((e: Error) => io.err(`${e.message}\n`)), pollMs);
  const lines = createInterface({ input: process.stdin, terminal: false });
  let pending = Promise.resolve();
  const stop = () => lines.close();
  process.once('SIGINT', stop);
  lines.on('line', (line) => {
    const text = line.trim();
    if (!text) return;
    pending = pending.then(async () => {
      try {
        const receipt = await api<{ conversation_id: string | null }>(
          'POST',
          `/channels/${channel}/simulator/messages`,
          { phone, name, ...(await chatLine(text)), client_message_id: `cli-${randomUUID()}` },
        );
        conversation ??= receipt.conversation_id;
      } catch (e) {
        io.err(`${(e as Error).message}\n`);
      }
    });
  });
  await new Promise<void>((resolve) => lines.once('close', () => resolve()));
  process.off('SIGINT', stop);
  await pending;
  clearInterval(timer);
  await poll().catch(() => {});
}
