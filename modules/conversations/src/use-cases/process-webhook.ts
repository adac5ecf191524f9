import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, isNull } from 'drizzle-orm';
import { webhookInbox } from '../db/schema';
import type { NormalisedWebhook } from '../domain/inbound';
import { normaliseInfobip } from '../domain/normalise-infobip';
import { normaliseMeta } from '../domain/normalise-meta';
import { normaliseSimulator } from '../domain/normalise-simulator';
import { applyReceipt } from './apply-receipt';
import { recordInboundMessage } from './record-inbound-message';

export type ProcessWebhookInput = { inboxId: string };

const NORMALISERS: Record<string, (body: unknown) => NormalisedWebhook> = {
  meta: normaliseMeta,
  infobip: normaliseInfobip,
  simulator: normaliseSimulator,
};

// The inbound consumer's work for one stored webhook (in the consumer's transaction): normalises the
// raw body, records each message (once per provider id) and applies each receipt, then marks the
// inbox row processed. Running it twice for the same row changes nothing the second time.
export async function processWebhook(
  t: TxContext,
  input: ProcessWebhookInput,
): Promise<{ messages: number; receipts: number }> {
  const [row] = await t.tx
    .select()
    .from(webhookInbox)
    .where(
      and(
        eq(webhookInbox.workspaceId, workspaceOf(t)),
        eq(webhookInbox.id, input.inboxId),
        isNull(webhookInbox.processedAt),
      ),
    )
    .for('update');
  const result = { messages: 0, receipts: 0 };
  if (!row) return result;
  const normalised = (NORMALISERS[row.provider] ?? (() => ({ messages: [], statuses: [] })))(row.payload);
  for (const m of normalised.messages) if (await recordInboundMessage(t, row.channelId, m)) result.messages++;
  for (const s of normalised.statuses) if (await applyReceipt(t, row.channelId, s)) result.receipts++;
  await t.tx.update(webhookInbox).set({ processedAt: new Date() }).where(eq(webhookInbox.id, row.id));
  return result;
}
