import type { MessageStatus } from '../contracts/conversation';

// Receipts arrive out of order (read before delivered) and repeat: a status only moves forward.
const RANK: Record<MessageStatus, number> = {
  received: 0,
  queued: 1,
  sending: 2,
  sent: 3,
  delivered: 4,
  read: 5,
  failed: 6,
  canceled: 7,
};

/** Whether a message in `current` may move to `next` (forward only; failed and canceled are final). */
export function advances(current: MessageStatus, next: MessageStatus): boolean {
  if (current === 'failed' || current === 'canceled') return false;
  if (next === 'failed') return current !== 'delivered' && current !== 'read';
  return RANK[next] > RANK[current];
}
