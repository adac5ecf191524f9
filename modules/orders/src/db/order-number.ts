import { queryRows, type TxContext, workspaceOf } from '@nexova/db';
import { sql } from 'drizzle-orm';

/**
 * The next human order number of the context's workspace (1, 2, 3…), taken in the caller's
 * transaction: the upsert locks the workspace's counter row until the commit, so concurrent orders
 * wait for each other, and a rolled-back order gives its number back. Never max(number) + 1, which
 * two concurrent transactions would both read alike.
 */
export async function nextOrderNumber(t: TxContext): Promise<number> {
  const [row] = await queryRows<{ last_number: number }>(
    t.tx,
    sql`insert into orders.order_counters as c (workspace_id, last_number) values (${workspaceOf(t)}, 1)
        on conflict (workspace_id) do update set last_number = c.last_number + 1
        returning c.last_number`,
  );
  if (!row) throw new Error('order_counters upsert returned no row');
  return Number(row.last_number);
}
