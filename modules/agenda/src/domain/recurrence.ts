import { DateTime } from 'luxon';
import * as rruleModule from 'rrule';

// Expands an RRULE (RFC 5545) in a time zone, DST-correct, with the `rrule` package. rrule works in
// "floating" time: we give it the first occurrence's local wall time dressed as UTC, it repeats the
// wall time, and luxon turns each local wall time back into an instant in the zone. So a 09:00
// weekly treatment stays at 09:00 local across a DST change (its UTC instant moves by the offset).
// A wall time a DST gap skips (São Paulo's old midnight changes) moves forward by the gap (luxon's
// rule); an ambiguous one takes the earlier offset.

// rrule ships CommonJS: Node's ESM loader puts its exports under `default`, bundlers do not.
const { RRule } = ((rruleModule as unknown as { default?: typeof rruleModule }).default ??
  rruleModule) as typeof rruleModule;

export class RecurrenceError extends Error {}

const floating = (d: DateTime) => new Date(Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second));

/**
 * The instants of `rule` (an RRULE value without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=MO,TH;COUNT=8`)
 * starting at `first` in `zone`. The rule must end (COUNT or UNTIL, UNTIL read as a local wall
 * time) and yield at most `max` occurrences; RecurrenceError says why not.
 */
export function expandRule(rule: string, first: Date, zone: string, max: number): Date[] {
  const text = rule.replace(/^RRULE:/i, '').trim();
  if (/DTSTART|TZID/i.test(text)) throw new RecurrenceError('give the first occurrence as starts_at, not DTSTART/TZID');
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(text);
  } catch (err) {
    throw new RecurrenceError(`not an RRULE: ${(err as Error).message}`);
  }
  if (options.freq === undefined) throw new RecurrenceError('FREQ is required');
  if (!options.count && !options.until) throw new RecurrenceError('the rule must end: give COUNT or UNTIL');
  if (options.count && options.count > max) throw new RecurrenceError(`at most ${max} occurrences (AGENDA_SERIES_MAX)`);
  const start = DateTime.fromJSDate(first, { zone });
  const r = new RRule({ ...options, dtstart: floating(start), tzid: null });
  const dates = r.all((_d, i) => i <= max);
  if (dates.length > max) throw new RecurrenceError(`at most ${max} occurrences (AGENDA_SERIES_MAX)`);
  return dates.map((d) =>
    DateTime.fromObject(
      {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
      },
      { zone },
    ).toJSDate(),
  );
}
