import { type TxContext, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import type { LineRow } from './order-store';
import { orderLines } from './schema';

export type LineInput = { variantId: string; quantity: number };
export type PricedLine = LineInput & { sku: string; name: string; unitPrice: number };

/** Writes an order's lines (after deleting old ones when replacing); returns the rows. */
export async function writeLines(t: TxContext, orderId: string, lines: PricedLine[]): Promise<LineRow[]> {
  return t.tx
    .insert(orderLines)
    .values(
      lines.map((l, position) => ({
        id: newId(),
        workspaceId: workspaceOf(t),
        orderId,
        position,
        variantId: l.variantId,
        sku: l.sku,
        name: l.name,
        unitPrice: l.unitPrice,
        quantity: l.quantity,
        lineTotal: l.unitPrice * l.quantity,
      })),
    )
    .returning();
}
