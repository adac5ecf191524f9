// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../src/i18n';
import { ImportProgress } from '../src/screens/catalog/ImportProgress';
import { messages } from '../src/screens/catalog/messages';
import type { ImportJob } from '../src/screens/catalog/types';
import { registerMessages } from '../src/screens/messages';

const job = (patch: Partial<ImportJob>): ImportJob => ({
  id: '0190f1c2-7d3a-7b41-9e4c-000000000001',
  status: 'running',
  format: 'csv',
  total_rows: 200,
  processed_rows: 80,
  created_products: 0,
  created_variants: 0,
  rejected: [],
  error: null,
  created_at: '2026-11-29T10:00:00Z',
  finished_at: null,
  ...patch,
});

function show(value: ImportJob) {
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <ImportProgress job={value} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

beforeAll(async () => {
  registerMessages('catalog', messages);
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('ImportProgress (a product import as it runs)', () => {
  it('shows a running import as a progress bar of processed rows, announced politely, no report yet', () => {
    show(job({}));
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(bar.getAttribute('aria-valuetext')).toBe('40%');
    expect(screen.getByText('Importing')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('80 of 200 rows');
    expect(screen.queryByRole('heading', { name: 'Rejected rows' })).toBeNull();
  });

  it('reports a finished import: what it created and each rejected row with its line, column and problem', () => {
    show(
      job({
        status: 'completed',
        processed_rows: 3,
        total_rows: 3,
        created_products: 1,
        created_variants: 2,
        rejected: [{ line: 4, column: 'price_minor', message: 'price_minor must be a whole number' }],
        finished_at: '2026-11-29T10:00:02Z',
      }),
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByRole('status').textContent).toContain('1 products and 2 variants created · 1 rows rejected');
    const table = within(screen.getByRole('region', { name: 'Rejected rows' })).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Line', 'Column', 'Problem']);
    const cells = within(within(table).getAllByRole('row')[1]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['4', 'price_minor', 'price_minor must be a whole number']);
  });

  it('says so when nothing was rejected, and shows why a failed import stopped', () => {
    show(job({ status: 'completed', processed_rows: 200 }));
    expect(screen.getByText('No row was rejected.')).toBeTruthy();
    cleanup();
    show(job({ status: 'failed', error: 'The file is not a CSV or XLSX file.' }));
    expect(screen.getByRole('alert').textContent).toBe('The import stopped: The file is not a CSV or XLSX file.');
    expect(screen.getByText('Failed')).toBeTruthy();
  });

  it('speaks the page language', async () => {
    await i18n.changeLanguage('pt-BR');
    show(job({ processed_rows: 10, total_rows: 20 }));
    expect(screen.getByRole('progressbar', { name: 'Progresso da importação' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('10 de 20 linhas');
    await i18n.changeLanguage('es');
    cleanup();
    show(job({ status: 'queued', processed_rows: 0 }));
    expect(screen.getByText('En cola')).toBeTruthy();
    await i18n.changeLanguage('en');
  });
});
