/** Notified (after commit) when deliveries become due: the webhook sender wakes at once. */
export const WEBHOOKS_CHANNEL = 'nexova_webhooks';
