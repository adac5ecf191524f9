// What the checkout saga records when it could not hold an order's stock: each short line, by the
// order line it came from, so staff see what to fix (edit the draft, or add stock) before confirming again.

export type ShortLine = {
  /** JSON pointer of the order line ("/lines/0"). */
  pointer: string;
  variant_id: string;
  sku: string | null;
  requested: number;
  available: number;
};

type OrderLine = { variant_id: string; sku: string; quantity: number };
type Short = { variant_id: string; requested: number; available?: number };

/** Inventory's short variants mapped back to the order's lines (a variant on two lines is named on each). */
export function shortLinesOf(lines: readonly OrderLine[], short: readonly Short[]): ShortLine[] {
  const byVariant = new Map(short.map((s) => [s.variant_id, s]));
  const out: ShortLine[] = [];
  lines.forEach((line, i) => {
    const s = byVariant.get(line.variant_id);
    if (!s) return;
    out.push({
      pointer: `/lines/${i}`,
      variant_id: line.variant_id,
      sku: line.sku,
      requested: s.requested,
      available: Math.max(0, s.available ?? 0),
    });
  });
  return out;
}

/** One sentence for the saga's step reason and the order's history. */
export const describeShortLines = (lines: readonly ShortLine[]): string =>
  `Not enough stock: ${lines.map((l) => `${l.sku ?? l.variant_id} requested ${l.requested}, available ${l.available}`).join('; ')}.`;
