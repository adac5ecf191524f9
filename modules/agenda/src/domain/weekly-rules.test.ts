import { describe, expect, it } from 'vitest';
import { openIntervals, parseWallTime, type WeeklyRule } from './weekly-rules';

// Weekly rules are local wall times: across a DST change the UTC instants move and the local hours
// stay. Checked against the real history of three zones (the tz database in Node's ICU).

const everyDay = (start: string, end: string): WeeklyRule[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    startMinute: parseWallTime(start) as number,
    endMinute: parseWallTime(end) as number,
  }));
const range = (from: string, to: string) => ({ start: Date.parse(from), end: Date.parse(to) });
const iso = (list: { start: number; end: number }[]) =>
  list.map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()]);

describe('America/Sao_Paulo (DST until 2019)', () => {
  const zone = 'America/Sao_Paulo';
  it('08:00–12:00 is 11:00Z before DST began on 2018-11-04 and 10:00Z after', () => {
    const open = openIntervals(everyDay('08:00', '12:00'), [], range('2018-11-03T00:00Z', '2018-11-06T00:00Z'), zone);
    expect(iso(open)).toEqual([
      ['2018-11-03T11:00:00.000Z', '2018-11-03T15:00:00.000Z'],
      ['2018-11-04T10:00:00.000Z', '2018-11-04T14:00:00.000Z'],
      ['2018-11-05T10:00:00.000Z', '2018-11-05T14:00:00.000Z'],
    ]);
  });
  it('on the night midnight did not exist (2018-11-04), 00:00–02:00 is one real hour', () => {
    const open = openIntervals(
      [{ weekday: 7, startMinute: 0, endMinute: 120 }],
      [],
      range('2018-11-04T00:00Z', '2018-11-05T00:00Z'),
      zone,
    );
    expect(iso(open)).toEqual([['2018-11-04T03:00:00.000Z', '2018-11-04T04:00:00.000Z']]);
  });
  it('on the night DST ended (2019-02-16 24:00 → 23:00), 22:00–24:00 is three real hours', () => {
    const open = openIntervals(
      [{ weekday: 6, startMinute: 1320, endMinute: 1440 }],
      [],
      range('2019-02-16T00:00Z', '2019-02-18T00:00Z'),
      zone,
    );
    expect(iso(open)).toEqual([['2019-02-17T00:00:00.000Z', '2019-02-17T03:00:00.000Z']]);
  });
  it('no DST since 2019: November 2020 stays at UTC−3', () => {
    const open = openIntervals(everyDay('08:00', '09:00'), [], range('2020-11-01T00:00Z', '2020-11-10T00:00Z'), zone);
    expect(open.every((i) => new Date(i.start).getUTCHours() === 11)).toBe(true);
    expect(open).toHaveLength(9);
  });
});

describe('America/Santiago', () => {
  const zone = 'America/Santiago';
  it('DST ended on 2024-04-06 24:00: 09:00 is 12:00Z on Friday and 13:00Z on Monday', () => {
    const open = openIntervals(everyDay('09:00', '10:00'), [], range('2024-04-05T00:00Z', '2024-04-09T00:00Z'), zone);
    expect(iso(open).map(([s]) => s)).toEqual([
      '2024-04-05T12:00:00.000Z',
      '2024-04-06T12:00:00.000Z',
      '2024-04-07T13:00:00.000Z',
      '2024-04-08T13:00:00.000Z',
    ]);
  });
  it('DST began on 2024-09-08 00:00 → 01:00: a 00:00–02:00 rule that Sunday gives one hour', () => {
    const open = openIntervals(
      [{ weekday: 7, startMinute: 0, endMinute: 120 }],
      [],
      range('2024-09-08T00:00Z', '2024-09-09T00:00Z'),
      zone,
    );
    expect(iso(open)).toEqual([['2024-09-08T04:00:00.000Z', '2024-09-08T05:00:00.000Z']]);
  });
});

describe('America/Mexico_City (DST abolished after 2022-10-30)', () => {
  const zone = 'America/Mexico_City';
  it('09:00 was 14:00Z in summer 2022, 15:00Z after the last change and in summer 2023', () => {
    const before = openIntervals(everyDay('09:00', '10:00'), [], range('2022-10-24T00:00Z', '2022-10-25T00:00Z'), zone);
    const after = openIntervals(everyDay('09:00', '10:00'), [], range('2022-10-31T00:00Z', '2022-11-01T00:00Z'), zone);
    const summer = openIntervals(everyDay('09:00', '10:00'), [], range('2023-07-03T00:00Z', '2023-07-04T00:00Z'), zone);
    expect(iso(before)[0]?.[0]).toBe('2022-10-24T14:00:00.000Z');
    expect(iso(after)[0]?.[0]).toBe('2022-10-31T15:00:00.000Z');
    expect(iso(summer)[0]?.[0]).toBe('2023-07-03T15:00:00.000Z');
  });
});

describe('exceptions', () => {
  it('closed time is cut out, open time is added, the result is clipped to the range', () => {
    const zone = 'UTC';
    const open = openIntervals(
      everyDay('08:00', '12:00'),
      [
        { kind: 'closed', start: Date.parse('2026-03-02T09:00Z'), end: Date.parse('2026-03-02T10:00Z') },
        { kind: 'open', start: Date.parse('2026-03-02T14:00Z'), end: Date.parse('2026-03-02T15:00Z') },
      ],
      range('2026-03-02T08:30Z', '2026-03-02T23:00Z'),
      zone,
    );
    expect(iso(open)).toEqual([
      ['2026-03-02T08:30:00.000Z', '2026-03-02T09:00:00.000Z'],
      ['2026-03-02T10:00:00.000Z', '2026-03-02T12:00:00.000Z'],
      ['2026-03-02T14:00:00.000Z', '2026-03-02T15:00:00.000Z'],
    ]);
  });
  it('parses wall times 00:00–24:00 only', () => {
    expect(parseWallTime('24:00')).toBe(1440);
    expect(parseWallTime('24:01')).toBeNull();
    expect(parseWallTime('8:00')).toBeNull();
  });
});
