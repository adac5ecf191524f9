import { DateTime } from 'luxon';

// Pure folds of the hourly figures into what the overview shows, in the workspace's time zone.

export type HourRow = { hour: Date; currency: string; ordersPlaced: number; salesMinor: number };
export type DaySales = { date: string; currency: string; amount_minor: number; moving_average_7d_minor: number };

const localOf = (at: Date, tz: string) => DateTime.fromJSDate(at, { zone: tz });

/**
 * Orders placed per weekday × local hour: `cells[0]` is Monday, `cells[6]` Sunday, each with 24 hours.
 * Hours of a DST change fall where the local clock put them.
 */
export function heatmap(rows: readonly HourRow[], tz: string): number[][] {
  const cells = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const r of rows) {
    const local = localOf(r.hour, tz);
    const day = cells[local.weekday - 1];
    if (day) day[local.hour] = (day[local.hour] ?? 0) + r.ordersPlaced;
  }
  return cells;
}

/** The local dates from `first` to `last` inclusive (YYYY-MM-DD). */
export function datesBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (
    let d = DateTime.fromISO(first);
    d.toISODate() !== null && (d.toISODate() as string) <= last;
    d = d.plus({ days: 1 })
  )
    out.push(d.toISODate() as string);
  return out;
}

/**
 * Sales per local day and currency for the last `days` dates up to `today`, each with the mean of the
 * seven days ending on it (days without sales count as 0). `rows` must cover `days + 6` dates.
 */
export function salesByDay(rows: readonly HourRow[], tz: string, today: string, days: number): DaySales[] {
  const start = DateTime.fromISO(today)
    .minus({ days: days + 5 })
    .toISODate() as string;
  const dates = datesBetween(start, today);
  const totals = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const date = localOf(r.hour, tz).toISODate() as string;
    const byDate = totals.get(r.currency) ?? new Map<string, number>();
    byDate.set(date, (byDate.get(date) ?? 0) + r.salesMinor);
    totals.set(r.currency, byDate);
  }
  const out: DaySales[] = [];
  for (const [currency, byDate] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    const series = dates.map((d) => byDate.get(d) ?? 0);
    for (let i = 6; i < series.length; i++) {
      const week = series.slice(i - 6, i + 1).reduce((a, b) => a + b, 0);
      out.push({
        date: dates[i] as string,
        currency,
        amount_minor: series[i] ?? 0,
        moving_average_7d_minor: Math.round(week / 7),
      });
    }
  }
  return out;
}
