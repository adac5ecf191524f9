import { newId } from '@nexova/kernel';
import type { FakeMeta } from '@nexova/testing';
import { badUnavailable, type NexovaNode, type Shop } from './stack';

// WhatsApp pieces the end-to-end and crash suites share: a shop with a Meta channel pointed at the
// fake Graph API, and customers writing through signed webhooks for as long as a test lets them.
// A 503 is retried with the same body (the same wamid), as Meta retries an unacknowledged webhook.

/** "Café especial" in stock and a Meta channel on the fake; the channel's webhook path. */
export async function openWhatsAppShop(shop: Shop, meta: FakeMeta): Promise<string> {
  const expectOk = (what: string, res: { status: number; body: string }) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${res.body}`);
    return JSON.parse(res.body) as Record<string, unknown>;
  };
  const product = expectOk(
    'product',
    await shop.call('POST', '/products', {
      name: 'Café especial',
      currency: 'BRL',
      status: 'active',
      variants: [{ sku: `CAF-${newId().slice(0, 8)}`, price: 1500 }],
    }),
  );
  const variantId = (product.variants as { id: string }[])[0]?.id;
  expectOk('stock', await shop.call('POST', '/stock/adjust', { variant_id: variantId, delta: 100, reason: 'e2e' }));
  const channel = expectOk(
    'channel',
    await shop.call('POST', '/channels', {
      kind: 'meta',
      name: 'Loja',
      settings: { phone_number_id: meta.phoneNumberId },
      credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
    }),
  );
  return channel.webhook_path as string;
}

export type ChatReport = {
  /** Messages the API acknowledged (200), by customer number. */
  acknowledged: Record<string, string[]>;
  /** 503 answers seen (retried), by problem code. */
  unavailable: Record<string, number>;
  /** Anything else: a 500, another status, a malformed 503, a request that failed. */
  unexpected: string[];
};

/** `customers` numbers each writing `text` over the API process's webhook, answer after answer, until stopped. */
export function startChats(api: NexovaNode, meta: FakeMeta, path: string, customers: string[], text: string) {
  const report: ChatReport = { acknowledged: {}, unavailable: {}, unexpected: [] };
  let running = true;
  const deliver = async (from: string) => {
    const wamid = `wamid.crash-${newId()}`;
    const body = meta.inbound({ from, id: wamid, payload: { body: text } });
    const giveUp = Date.now() + 90_000;
    for (;;) {
      let res: Awaited<ReturnType<FakeMeta['deliver']>>;
      try {
        res = await meta.deliver(body, api.url, path);
      } catch (error) {
        report.unexpected.push(`webhook: ${(error as Error).message}`);
        throw error;
      }
      if (res.statusCode === 200) {
        report.acknowledged[from] = [...(report.acknowledged[from] ?? []), wamid];
        return;
      }
      if (res.statusCode === 503 && Date.now() < giveUp) {
        const headers = new Headers(res.headers as Record<string, string>);
        const bad = badUnavailable({ status: 503, headers, body: res.body });
        if (bad) report.unexpected.push(`webhook: 503 ${bad}: ${res.body}`);
        const code = String((JSON.parse(res.body) as { code?: string }).code);
        report.unavailable[code] = (report.unavailable[code] ?? 0) + 1;
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      report.unexpected.push(`webhook: ${res.statusCode} ${res.body.slice(0, 300)}`);
      throw new Error(`webhook: ${res.statusCode}`);
    }
  };
  // A customer waits for the answer before writing again (as people chat): the load follows what
  // the worker can answer instead of piling up a backlog that outlives the test.
  const answered = (from: string) =>
    meta.sentTexts().filter((t) => t.to === from).length >= (report.acknowledged[from]?.length ?? 0);
  const customer = async (from: string) => {
    while (running) {
      await deliver(from);
      while (running && !answered(from)) await new Promise((r) => setTimeout(r, 50));
    }
  };
  const done = Promise.allSettled(customers.map(customer));
  return {
    report,
    stop: async () => {
      running = false;
      await done;
      return report;
    },
  };
}
