import { type AppContext, withTransaction } from '@nexova/db';
import { ForbiddenError, NotFoundError, systemActor } from '@nexova/kernel';
import { findChannelWorkspace } from '../db/channel-lookup';
import { mustLoadChannel, openChannel } from '../db/channel-store';
import { metaChallenge } from '../domain/signatures';

export type VerifyMetaSubscriptionInput = {
  channelId: string;
  query: { 'hub.mode'?: string; 'hub.verify_token'?: string; 'hub.challenge'?: string };
};

// Meta's subscription check (GET on the webhook URL): answers hub.challenge when hub.verify_token is
// the channel's verify token; 403 otherwise.
export async function verifyMetaSubscription({
  ctx,
  input,
  sealKey,
}: {
  ctx: AppContext;
  input: VerifyMetaSubscriptionInput;
  sealKey: string | null;
}): Promise<string> {
  const found = await findChannelWorkspace(ctx.db, input.channelId);
  if (found?.kind !== 'meta') throw new NotFoundError('No Meta channel has this id.', { code: 'channel_not_found' });
  const scoped = { ...ctx, tx: undefined, workspaceId: found.workspace_id, actor: systemActor('meta-webhook') };
  const channel = await withTransaction(scoped, async (t) =>
    openChannel(await mustLoadChannel(t, input.channelId), sealKey),
  );
  const challenge = metaChallenge(input.query, channel.credentials.verify_token ?? '');
  if (challenge === null)
    throw new ForbiddenError('hub.verify_token is not the verify token of this channel.', {
      code: 'webhook_verify_token_invalid',
    });
  return challenge;
}
