// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../src/i18n';
import { Heatmap, levelOf } from '../src/widgets/Heatmap';

const zeros = () => Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));

function show(cells: number[][]) {
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <Heatmap cells={cells} weeks={4} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('Heatmap (orders by weekday × hour)', () => {
  it('is a table of 7 weekdays × 24 hours whose busiest cell has the darkest level', () => {
    const cells = zeros();
    cells[4]![18] = 12; // Friday 18:00
    cells[0]![9] = 3; // Monday 09:00
    show(cells);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(8); // the hours' header and 7 days
    expect(within(rows[0]!).getAllByRole('columnheader')).toHaveLength(25);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('Mon');
    const friday = within(rows[5]!).getAllByRole('cell');
    expect(friday[18]!.textContent).toBe('12');
    expect(friday[18]!.getAttribute('data-level')).toBe('4');
    expect(friday[18]!.getAttribute('title')).toBe('Fri 18:00 — 12 orders');
    expect(within(rows[1]!).getAllByRole('cell')[9]!.getAttribute('data-level')).toBe('1');
    expect(within(rows[2]!).getAllByRole('cell')[0]!.getAttribute('data-level')).toBe('0');
    // Scrollable sideways at 320 px: a focusable, named region.
    expect(screen.getByRole('region', { name: 'Orders by weekday and hour' }).getAttribute('tabindex')).toBe('0');
  });

  it('names the weekdays in the page language', async () => {
    await i18n.changeLanguage('pt-BR');
    const cells = zeros();
    cells[6]![0] = 1;
    show(cells);
    expect(screen.getByRole('heading', { name: 'Pedidos por dia e hora' })).toBeTruthy();
    const headers = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(headers[0]).toMatch(/^seg/i);
    expect(headers[6]).toMatch(/^dom/i);
    await i18n.changeLanguage('en');
  });

  it('says kindly that there are no orders instead of an empty grid', () => {
    show(zeros());
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No orders yet in these weeks.')).toBeTruthy();
  });

  it('spreads counts over levels 1–4, keeping 0 for none', () => {
    expect(levelOf(0, 10)).toBe(0);
    expect(levelOf(1, 100)).toBe(1);
    expect(levelOf(50, 100)).toBe(2);
    expect(levelOf(75, 100)).toBe(3);
    expect(levelOf(100, 100)).toBe(4);
  });
});
