import type { DatabaseHandle } from '@nexova/db';
import { notifiedWorker } from './notified-worker';
import type { EventWorker } from './transport-options';

export type SenderWorkerOptions = {
  database: DatabaseHandle;
  /** The channel new work is notified on (after the commit that wrote it). */
  channel: string;
  /** EVENTS_IDLE_POLL_MS: the longest sleep while LISTENing. */
  idlePollMs: number;
  /** The module's send interval: the poll while a retry falls due within the idle window. */
  sendIntervalMs: number;
  /** Whether anything falls due by `horizon` (one cheap statement). */
  anyDueBy(horizon: Date): Promise<boolean>;
  /** Claims and sends what is due now (outside any transaction); how many it claimed. */
  sendDue(): Promise<number>;
  logger?: { error(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
};

/**
 * The loop of an outbound sender (webhook deliveries, WhatsApp messages): it wakes when work is
 * notified and sends again at once while it finds some. Idle, it asks once per idle window whether
 * anything falls due within it, and polls every sendIntervalMs only while something does (a retry).
 */
export function senderWorker(name: string, o: SenderWorkerOptions): EventWorker {
  const idleMs = Math.max(o.idlePollMs, o.sendIntervalMs);
  return notifiedWorker(
    name,
    { database: o.database, channel: o.channel, idleMs, pollMs: o.sendIntervalMs, logger: o.logger },
    async () => {
      if (!(await o.anyDueBy(new Date(Date.now() + idleMs)))) return false;
      if ((await o.sendDue()) > 0) return true;
      return o.sendIntervalMs; // one falls due within the window: poll until it does
    },
  );
}
