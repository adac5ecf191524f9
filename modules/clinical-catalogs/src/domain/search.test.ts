import { describe, expect, it } from 'vitest';
import { foldText, matches, wordSimilarity } from './search';

describe('catalog search', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldText('  Hipertensión  esencial (primaria) ')).toBe('hipertension esencial primaria');
    expect(foldText('E78.0')).toBe('e78.0');
  });

  it('matches substrings, every word, and words with a small typo', () => {
    const text = foldText('Hipertensión esencial (primaria) Essential (primary) hypertension I10');
    expect(matches('i10', text)).toBe(true);
    expect(matches('esencial hiper', text)).toBe(true);
    expect(matches('hipertencion', text)).toBe(true);
    expect(matches('diabetes', text)).toBe(false);
    expect(wordSimilarity('hipertencion', 'hipertension')).toBeGreaterThan(0.45);
    expect(wordSimilarity('asma', 'hipertension')).toBeLessThan(0.2);
  });
});
