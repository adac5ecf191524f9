import { describe, expect, it } from 'vitest';
import { type EntryRow, effectiveEntry, type OverrideRow } from './effective-entry';
import { localeChain, pickText } from './locales';

const at = new Date('2026-11-01T00:00:00Z');
const entry: EntryRow = {
  id: '0190f1c2-7d3a-7b41-9e4c-000000000001',
  workspaceId: null,
  kind: 'procedure',
  key: 'dental_cleaning',
  code: null,
  names: { es: 'Limpieza dental', 'pt-BR': 'Limpeza dental', en: 'Dental cleaning' },
  preparationNotes: { es: 'Cepillarse antes', en: 'Brush before' },
  durationMinutes: 45,
  priceAmount: 5000,
  currency: 'USD',
  attributes: {},
  seedVersion: 1,
  version: 3,
  createdAt: at,
  updatedAt: at,
};
const blank: OverrideRow = {
  workspaceId: '0190f1c2-7d3a-7b41-9e4c-0000000000ff',
  entryId: entry.id,
  hidden: false,
  alias: null,
  durationMinutes: null,
  priceAmount: null,
  currency: null,
  preparationNotes: null,
  version: 2,
  createdAt: at,
  updatedAt: new Date('2026-11-02T00:00:00Z'),
};
const es = localeChain('es', null);

describe('effective entry (global ⊕ override)', () => {
  it('without an override is the global entry', () => {
    expect(effectiveEntry(entry, null, es)).toMatchObject({
      name: 'Limpieza dental',
      duration_minutes: 45,
      price: 5000,
      currency: 'USD',
      preparation_notes: 'Cepillarse antes',
      hidden: false,
      overridden: [],
      version: 3,
      source: 'global',
    });
  });

  it('takes each overridden field and inherits every null one', () => {
    const merged = effectiveEntry(entry, { ...blank, alias: 'Profilaxis', durationMinutes: 30 }, es);
    expect(merged).toMatchObject({
      name: 'Profilaxis',
      standard_name: 'Limpieza dental',
      duration_minutes: 30,
      price: 5000,
    });
    expect(merged.overridden).toEqual(['alias', 'duration_minutes']);
    expect(merged.version).toBe(5);
    expect(merged.updated_at).toBe('2026-11-02T00:00:00.000Z');
  });

  it('price and currency come together from one side', () => {
    const merged = effectiveEntry(entry, { ...blank, priceAmount: 20000, currency: 'BRL' }, es);
    expect(merged).toMatchObject({ price: 20000, currency: 'BRL', overridden: ['price'] });
  });

  it('a cleared override is no override', () => {
    expect(effectiveEntry(entry, blank, es).overridden).toEqual([]);
    expect(effectiveEntry(entry, { ...blank, hidden: true }, es)).toMatchObject({
      hidden: true,
      overridden: ['hidden'],
    });
  });

  it('falls back along the locale chain, for names and notes separately', () => {
    const pt = effectiveEntry(entry, null, localeChain('pt-BR', 'es'));
    expect(pt).toMatchObject({ name: 'Limpeza dental', locale: 'pt-BR', preparation_notes: 'Cepillarse antes' });
    const onlyEn = { ...entry, names: { en: 'Dental cleaning' } };
    expect(effectiveEntry(onlyEn, null, localeChain('es', 'pt-BR'))).toMatchObject({
      name: 'Dental cleaning',
      locale: 'en',
    });
  });
});

describe('locale chain', () => {
  it('puts the caller first, the workspace next, then es, pt-BR, en; regional tags try their language', () => {
    expect(localeChain('en', 'pt-BR')).toEqual(['en', 'pt-BR', 'es']);
    expect(localeChain(null, 'es')).toEqual(['es', 'pt-BR', 'en']);
    expect(localeChain('es-AR', null)).toEqual(['es-AR', 'es', 'pt-BR', 'en']);
    expect(localeChain('pt', null)).toEqual(['pt', 'pt-BR', 'es', 'en']);
  });

  it('uses any text when no locale of the chain has one', () => {
    expect(pickText({ fr: 'Nettoyage' }, ['es', 'en'])).toEqual({ value: 'Nettoyage', locale: 'fr' });
    expect(pickText(null, ['es'])).toBeNull();
  });
});
