import type { TxContext } from '@nexova/db';
import { type EventDefinition, publish } from '@nexova/events';
import type { z } from 'zod';
import type { IntentRow } from '../db/intent-store';

// Private to the payment intent use-cases (not exported from the module).

/** Publishes one of the intent events with the common fields filled from the row. */
export async function publishIntent<S extends z.ZodType>(
  t: TxContext,
  definition: EventDefinition<S>,
  row: IntentRow,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const payload = {
    order_id: row.orderId,
    provider: row.provider,
    amount: row.amount,
    currency: row.currency,
    external_id: row.externalId,
    ...extra,
  };
  await publish(t, definition, { aggregateId: row.orderId, payload: payload as z.input<S> });
}
