import { type AppContext, withTransaction } from '@nexova/db';
import { NotFoundError, systemActor, UnauthorizedError } from '@nexova/kernel';
import { findChannelWorkspace } from '../db/channel-lookup';
import { mustLoadChannel, openChannel } from '../db/channel-store';
import { basicAuthValid, metaSignatureValid } from '../domain/signatures';
import { storeInbound } from './store-inbound';

export type WebhookProvider = 'meta' | 'infobip';

export type ReceiveWebhookInput = {
  provider: WebhookProvider;
  channelId: string;
  /** The body exactly as received: Meta's signature covers these bytes. */
  rawBody: Buffer;
  body: unknown;
  /** X-Hub-Signature-256 (Meta) or Authorization (Infobip). */
  signature: string | undefined;
};

export type WebhookOutcome = 'stored' | 'duplicate' | 'ignored';

const unknownChannel = () =>
  new NotFoundError('No channel of this provider has this id.', { code: 'channel_not_found' });

// Verifies a provider's webhook as the provider documents it, stores the raw body in the inbox and
// publishes conversations.webhook.received in the same transaction; nothing else happens before the
// answer (the conversations.inbound consumer does the rest). The same body delivered again is
// recorded once (`duplicate`); a disabled channel's webhooks are acknowledged and dropped (`ignored`).
export async function receiveWebhook({
  ctx,
  input,
  sealKey,
}: {
  ctx: AppContext;
  input: ReceiveWebhookInput;
  sealKey: string | null;
}): Promise<WebhookOutcome> {
  const found = await findChannelWorkspace(ctx.db, input.channelId);
  if (!found || found.kind !== input.provider) throw unknownChannel();
  const scoped = {
    ...ctx,
    tx: undefined,
    workspaceId: found.workspace_id,
    actor: systemActor(`${input.provider}-webhook`),
  };
  return withTransaction(scoped, async (t) => {
    const channel = openChannel(await mustLoadChannel(t, input.channelId), sealKey);
    const c = channel.credentials;
    const valid =
      input.provider === 'meta'
        ? metaSignatureValid(input.rawBody, input.signature, c.app_secret ?? '')
        : basicAuthValid(input.signature, c.webhook_username ?? '', c.webhook_password ?? '');
    if (!valid)
      throw new UnauthorizedError(
        input.provider === 'meta'
          ? 'X-Hub-Signature-256 is not the HMAC-SHA256 of this body with the channel app secret.'
          : 'The Authorization header does not carry the webhook credentials of this channel.',
        { code: 'webhook_signature_invalid' },
      );
    if (channel.status !== 'active') return 'ignored';
    const stored = await storeInbound(t, {
      workspaceId: channel.workspaceId,
      channelId: channel.id,
      provider: input.provider,
      identity: input.rawBody,
      payload: input.body as object,
    });
    if (!stored) return 'duplicate';
    return 'stored';
  });
}
