import { describe, expect, it } from 'vitest';
import { datesBetween, heatmap, salesByDay } from './figures';

const row = (iso: string, ordersPlaced: number, salesMinor = 0, currency = 'BRL') => ({
  hour: new Date(iso),
  currency,
  ordersPlaced,
  salesMinor,
});

describe('heatmap', () => {
  it('puts each hour on its local weekday and hour', () => {
    // 2026-11-27 is a Friday; 13:00 UTC is 10:00 in São Paulo (UTC−3).
    const cells = heatmap([row('2026-11-27T13:00:00Z', 2), row('2026-11-30T02:00:00Z', 1)], 'America/Sao_Paulo');
    expect(cells[4]?.[10]).toBe(2);
    expect(cells[6]?.[23]).toBe(1); // Monday 02:00 UTC is Sunday 23:00 local
    expect(cells.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe('salesByDay', () => {
  it('gives each of the last days its local total and the mean of the seven days ending on it', () => {
    const rows = [
      row('2026-11-20T15:00:00Z', 0, 700), // local 11-20
      row('2026-11-27T02:00:00Z', 0, 140), // local 11-26 23:00
      row('2026-11-27T12:00:00Z', 0, 70),
      row('2026-11-27T12:00:00Z', 0, 999, 'USD'),
    ];
    const days = salesByDay(rows, 'America/Sao_Paulo', '2026-11-27', 2);
    expect(days).toEqual([
      { date: '2026-11-26', currency: 'BRL', amount_minor: 140, moving_average_7d_minor: 120 },
      { date: '2026-11-27', currency: 'BRL', amount_minor: 70, moving_average_7d_minor: 30 },
      { date: '2026-11-26', currency: 'USD', amount_minor: 0, moving_average_7d_minor: 0 },
      { date: '2026-11-27', currency: 'USD', amount_minor: 999, moving_average_7d_minor: 143 },
    ]);
  });

  it('lists dates across a month end', () => {
    expect(datesBetween('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });
});
