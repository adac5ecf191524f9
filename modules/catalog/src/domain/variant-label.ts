import type { VariantLabel } from '@nexova/inventory';

/** "red / M" from { size: 'M', colour: 'red' } (values by option name); null for a variant without options. */
export function variantName(options: Record<string, string>): string | null {
  const values = Object.keys(options)
    .sort()
    .map((k) => options[k] as string)
    .filter((v) => v.trim() !== '');
  return values.length > 0 ? values.join(' / ') : null;
}

/** What inventory shows next to a variant's stock: its SKU, its product's name and its own name. */
export const variantLabel = (
  v: { id: string; sku: string; options: Record<string, string> },
  productName: string,
): VariantLabel => ({ variantId: v.id, sku: v.sku, productName, variantName: variantName(v.options) });
