import { NexovaError } from '@nexova/client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Session } from '../../api/session';
import type { Checkout } from './types';

const SETTLED = new Set(['completed', 'stock_failed', 'payment_failed', 'canceled', 'timed_out']);
/** Seconds one long-poll of GET /orders/{id}/checkout?wait= may hold (the API allows 0–30). */
const WAIT_S = 20;

/**
 * The order's checkout saga, followed live: while it runs, a long-poll (`?wait=`) answers as soon as
 * it moves, and each move refreshes the order, its balance and payments. `null`: never submitted.
 * `revision` restarts the follow (after an action that starts or ends a checkout).
 */
export function useCheckout(session: Session, orderId: string, revision: number) {
  const [checkout, setCheckout] = useState<Checkout | null | undefined>(undefined);
  const queryClient = useQueryClient();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new revision restarts the follow.
  useEffect(() => {
    const abort = new AbortController();
    let version: number | undefined;
    void (async () => {
      for (let wait: number | undefined; !abort.signal.aborted; wait = WAIT_S) {
        try {
          const next = await session.api.orders.checkout.get({
            path: { order_id: orderId },
            query: wait === undefined ? {} : { wait },
            signal: abort.signal,
          });
          setCheckout(next);
          if (version !== undefined && next.version !== version)
            await queryClient.invalidateQueries({ queryKey: ['order', orderId] });
          version = next.version;
          if (SETTLED.has(next.state)) return;
        } catch (error) {
          if (abort.signal.aborted) return;
          if (error instanceof NexovaError && error.status === 404) setCheckout(null);
          return;
        }
      }
    })();
    return () => abort.abort();
  }, [session, orderId, revision, queryClient]);

  return checkout;
}
