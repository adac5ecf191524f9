import { DateTime } from 'luxon';
import { clip, type Interval, subtract, union } from './intervals';

// Weekly rules are wall-clock times in the workspace's time zone ("Mondays 08:00–12:00"): each local
// day is turned into instants with that day's own UTC offset, so a DST change moves the instants,
// never the wall times. A wall time that does not exist (the skipped hour) moves forward to the
// first instant that does, as luxon does; a repeated hour is taken at its first occurrence.

export type WeeklyRule = { weekday: number; startMinute: number; endMinute: number };
export type AvailabilityException = { kind: 'open' | 'closed'; start: number; end: number };

/** The instant of minute `m` (0–1440) of the local day `day` in `zone`. */
export function wallTime(day: DateTime, m: number, zone: string): number {
  const base = m === 1440 ? day.plus({ days: 1 }) : day;
  const minute = m === 1440 ? 0 : m;
  return DateTime.fromObject(
    { year: base.year, month: base.month, day: base.day, hour: Math.floor(minute / 60), minute: minute % 60 },
    { zone },
  ).toMillis();
}

/** Open time over `range`: the weekly rules of every local day it touches, plus `open` exceptions, minus `closed` ones. */
export function openIntervals(
  rules: WeeklyRule[],
  exceptions: AvailabilityException[],
  range: Interval,
  zone: string,
): Interval[] {
  const open: Interval[] = [];
  // From the local day before the range (a late rule may reach into it) to the day after.
  let day = DateTime.fromMillis(range.start, { zone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromMillis(range.end, { zone }).startOf('day').plus({ days: 1 });
  while (day <= last) {
    for (const r of rules)
      if (r.weekday === day.weekday)
        open.push({ start: wallTime(day, r.startMinute, zone), end: wallTime(day, r.endMinute, zone) });
    day = day.plus({ days: 1 }).startOf('day');
  }
  for (const e of exceptions) if (e.kind === 'open') open.push({ start: e.start, end: e.end });
  const closed = exceptions.filter((e) => e.kind === 'closed').map((e) => ({ start: e.start, end: e.end }));
  return clip(subtract(union(open), closed), range);
}

/** `HH:MM` (00:00–24:00) as minutes of the day, or null when malformed. */
export function parseWallTime(text: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 1440 ? minutes : null;
}

export const formatWallTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
