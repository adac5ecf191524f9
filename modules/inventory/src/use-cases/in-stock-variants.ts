import { type SQL, sql } from 'drizzle-orm';

// Inventory's exported query for other modules: a subquery of the variant ids with available > 0
// in the current workspace (RLS scopes it too). Catalog embeds it as `variant_id in (…)` so its
// in-stock filter pages correctly without reading inventory's tables itself.
export function inStockVariantIds(workspaceId: string): SQL {
  return sql`(select s.variant_id from inventory.stock_levels s where s.workspace_id = ${workspaceId} and s.on_hand > s.reserved)`;
}
