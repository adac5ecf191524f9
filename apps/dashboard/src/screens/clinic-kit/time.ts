// Wall-clock arithmetic in the workspace's time zone with Intl only (no date library in the initial
// bundle): where an instant falls on the local day, and which instant a local day and time name.

const formats = new Map<string, Intl.DateTimeFormat>();
function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

function fields(ms: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatIn(timeZone).formatToParts(ms))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const f = fields(ms, timeZone);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - (ms - (ms % 1000));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local day (YYYY-MM-DD) and the minutes since its midnight of an instant. */
export function zoned(instant: Date | string | number, timeZone: string): { date: string; minutes: number } {
  const f = fields(new Date(instant).getTime(), timeZone);
  return { date: `${f.year}-${pad(f.month)}-${pad(f.day)}`, minutes: f.hour * 60 + f.minute };
}

/** The instant of a local day at `minutes` past its midnight (a time skipped by DST moves forward). */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, 0, minutes);
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** A local day `n` days after `date`. */
export function addDays(date: string, n: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Today in the zone. */
export const todayIn = (timeZone: string, now = new Date()) => zoned(now, timeZone).date;

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** `HH:MM` of minutes since midnight. */
export const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** A local day written out in the page's language (`lunes, 2 de marzo`). */
export function longDay(date: string, language: string, options: Intl.DateTimeFormatOptions = {}): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    ...options,
  }).format(Date.UTC(y, m - 1, d));
}

/** An instant as date and time in the zone and the page's language. */
export const when = (instant: string, timeZone: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(instant));
