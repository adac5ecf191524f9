import { describe, expect, it } from 'vitest';
import { expandRule, RecurrenceError } from './recurrence';

describe('expandRule', () => {
  it('keeps the local wall time across Santiago’s DST end (2026-04-05: UTC−3 → UTC−4)', () => {
    const first = new Date('2026-03-30T09:00:00-03:00'); // a Monday, 09:00 in Santiago
    const out = expandRule('FREQ=WEEKLY;COUNT=3', first, 'America/Santiago', 52).map((d) => d.toISOString());
    expect(out).toEqual(['2026-03-30T12:00:00.000Z', '2026-04-06T13:00:00.000Z', '2026-04-13T13:00:00.000Z']);
  });

  it('keeps 09:00 across São Paulo’s historical DST start (2018-11-04: UTC−3 → UTC−2)', () => {
    const first = new Date('2018-10-29T09:00:00-03:00');
    const out = expandRule('FREQ=WEEKLY;BYDAY=MO;COUNT=2', first, 'America/Sao_Paulo', 52).map((d) => d.toISOString());
    expect(out).toEqual(['2018-10-29T12:00:00.000Z', '2018-11-05T11:00:00.000Z']);
  });

  it('moves a wall time the DST gap skips forward (São Paulo 2018-11-04 00:30 did not exist)', () => {
    const first = new Date('2018-11-03T00:30:00-03:00');
    const out = expandRule('FREQ=DAILY;COUNT=2', first, 'America/Sao_Paulo', 52).map((d) => d.toISOString());
    expect(out).toEqual(['2018-11-03T03:30:00.000Z', '2018-11-04T03:30:00.000Z']); // 01:30 −02
  });

  it('refuses endless, oversized and malformed rules', () => {
    const first = new Date('2026-03-30T09:00:00-03:00');
    expect(() => expandRule('FREQ=WEEKLY', first, 'UTC', 52)).toThrow(RecurrenceError);
    expect(() => expandRule('FREQ=DAILY;COUNT=60', first, 'UTC', 52)).toThrow(/52/);
    expect(() => expandRule('FREQ=DAILY;UNTIL=20300101T000000', first, 'UTC', 52)).toThrow(/52/);
    expect(() => expandRule('COUNT=3', first, 'UTC', 52)).toThrow(/FREQ/);
    expect(() => expandRule('DTSTART:20260101T000000Z\nFREQ=DAILY;COUNT=2', first, 'UTC', 52)).toThrow(/DTSTART/);
  });
});
