import { type AppContext, withTransaction } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { addToHours, markCheckouts } from '../db/figure-store';
import { foldFigures } from '../domain/figure-fold';

// Folds shop events (one workspace's, in log order) into its figures — the insights.figures
// consumer, one event or a burst, and a rebuild replaying the log a page at a time: an order placed
// counts in its hour; money registered adds to that hour's sales and money voided or refunded takes
// from it; a checkout's submit and completion time it. Two statements at most, however many events.
export async function recordFigures({ ctx, input }: { ctx: AppContext; input: { events: readonly EventEnvelope[] } }) {
  const { hours, checkouts } = foldFigures(input.events);
  await withTransaction(ctx, async (t) => {
    await addToHours(t, hours);
    await markCheckouts(t, checkouts);
  });
}
