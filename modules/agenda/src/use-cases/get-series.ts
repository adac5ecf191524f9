import { type AppContext, withTransaction } from '@nexova/db';
import type { Series } from '../contracts/series';
import { mustLoadSeries, viewSeries } from '../db/series-store';

/** A series with its booked occurrences and their statuses now, or 404 `series_not_found`. */
export async function getSeries({ ctx, input }: { ctx: AppContext; input: { seriesId: string } }): Promise<Series> {
  return withTransaction(ctx, async (t) => viewSeries(t, await mustLoadSeries(t, input.seriesId)));
}
