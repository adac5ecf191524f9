import type { Config } from '@nexova/config';
import { type DatabaseHandle, queryRows } from '@nexova/db';
import { type EventWorker, senderWorker } from '@nexova/events';
import { appFiles } from '@nexova/files';
import { systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { channelGuard } from '../providers/channel-guard';
import { conversationSettings } from '../settings';
import { downloadDueMedia } from '../use-cases/download-due-media';
import { sendDueMessages } from '../use-cases/send-due-messages';
import { CONVERSATIONS_MEDIA_CHANNEL, CONVERSATIONS_SEND_CHANNEL } from './channel';

/**
 * The workers that send due outbound messages and download inbound media. The sender wakes when one is queued (notified after the
 * outbound consumer's commit) and sends again at once while it finds some; idle, it asks once per
 * EVENTS_IDLE_POLL_MS whether a retry falls due within that window and polls every
 * CONVERSATIONS_SEND_INTERVAL_MS only while one does. Provider calls run outside any transaction.
 */
export function conversationSenderWorkers(deps: {
  config: Config;
  database: DatabaseHandle;
  logger?: { error(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
}): EventWorker[] {
  const settings = conversationSettings(deps.config);
  const { db } = deps.database;
  const ctx = { ...systemContext(null, 'conversations'), db };
  const guard = channelGuard(settings.guard, (channelId) =>
    deps.logger?.warn({ channelId, cooldownMs: settings.guard.breakerCooldownMs }, 'channel circuit open: sends wait'),
  );
  return [
    senderWorker('conversations:sender', {
      database: deps.database,
      channel: CONVERSATIONS_SEND_CHANNEL,
      idlePollMs: deps.config.EVENTS_IDLE_POLL_MS,
      sendIntervalMs: settings.sendIntervalMs,
      anyDueBy: async (horizon) =>
        (
          await queryRows<{ id: string }>(
            db,
            sql`select id from conversations.workspaces_with_due_messages(${horizon.toISOString()}::timestamptz, 1) as id`,
          )
        ).length > 0,
      sendDue: async () =>
        (
          await sendDueMessages({
            ctx,
            input: { settings, guard, sign: (key) => appFiles(deps.config).signer.sign(key) },
          })
        ).claimed,
      logger: deps.logger,
    }),
    // Inbound media: downloaded into the file store, never inside a webhook request or a transaction.
    senderWorker('conversations:media', {
      database: deps.database,
      channel: CONVERSATIONS_MEDIA_CHANNEL,
      idlePollMs: deps.config.EVENTS_IDLE_POLL_MS,
      sendIntervalMs: settings.sendIntervalMs,
      anyDueBy: async (horizon) =>
        (
          await queryRows<{ id: string }>(
            db,
            sql`select id from conversations.workspaces_with_due_media(${horizon.toISOString()}::timestamptz, 1) as id`,
          )
        ).length > 0,
      sendDue: async () =>
        (await downloadDueMedia({ ctx, input: { settings, store: appFiles(deps.config).store } })).claimed,
      logger: deps.logger,
    }),
  ];
}
