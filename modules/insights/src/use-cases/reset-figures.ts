import { type AppContext, withTransaction } from '@nexova/db';
import { deleteFigures } from '../db/figure-store';

// A rebuild's first step (`nexova read-models rebuild --model shop-figures`): the workspace's figures
// go inside the rebuild's transaction, so they are replaced only if the replay commits.
export async function resetFigures({ ctx }: { ctx: AppContext }) {
  await withTransaction(ctx, (t) => deleteFigures(t));
}
