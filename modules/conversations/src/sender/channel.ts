/** Notified (after commit) when an outbound message becomes due: the sender wakes at once. */
export const CONVERSATIONS_SEND_CHANNEL = 'nexova_conversations_send';
