import type { AppContext } from '@nexova/db';
import type { Checkout } from '../contracts/checkout';
import { isTerminal } from '../domain/saga-states';
import type { WaitRoom } from '../waiting/wait-room';
import { getCheckout } from './get-checkout';

export type WaitForCheckoutInput = {
  orderId: string;
  /** How long to wait at most for a change (0: answer at once). */
  waitMs: number;
  /** The version the client already holds (If-None-Match); else the version read at the start. */
  knownVersion?: number;
  /** Aborted when the client disconnects: the wait ends, nothing is left behind. */
  signal: AbortSignal;
};

/**
 * The long-poll of GET /orders/{order_id}/checkout?wait= (issue 11): answers the checkout once it
 * differs from the version the client holds, once it is terminal, or when the wait ends. Each read
 * is its own short transaction; between reads the request holds no connection (it sleeps in the
 * WaitRoom until a commit is heard or the fallback re-read is due).
 */
export async function waitForCheckout({
  ctx,
  input,
  room,
  onRead,
}: {
  ctx: AppContext;
  input: WaitForCheckoutInput;
  room: WaitRoom;
  /** Called after each read (the `nexova_checkout_wait_reads_total` counter). */
  onRead?: () => void;
}): Promise<Checkout> {
  let seen = room.seen; // commits heard before each read (see WaitRoom.seen)
  const read = async () => {
    seen = room.seen;
    const found = await getCheckout({ ctx, input: { orderId: input.orderId } });
    onRead?.();
    return found;
  };
  let checkout = await read();
  const known = input.knownVersion ?? checkout.version;
  const until = Date.now() + input.waitMs;
  let admitted = false;
  while (checkout.version === known && !isTerminal(checkout.state)) {
    const left = until - Date.now();
    if (left <= 0) break;
    if (!admitted) room.admit(); // over the bound: 503 before the first sleep, never in the middle
    admitted = true;
    // With the workspace known, the room wakes this waiter only when its saga moved (its probe).
    const interest = ctx.workspaceId
      ? { workspaceId: ctx.workspaceId, orderId: input.orderId, version: known }
      : undefined;
    const reason = await room.sleep(left, input.signal, seen, interest);
    if (reason === 'aborted' || reason === 'timeout') {
      // Timed out: the latest state is answered. Aborted: nobody reads the answer; no more queries.
      if (reason === 'timeout') checkout = await read();
      break;
    }
    checkout = await read();
  }
  return checkout;
}
