import { describe, expect, it } from 'vitest';
import { slugFromName, withSuffix } from './slug';

describe('slugFromName', () => {
  it('drops accents and punctuation, joins words with hyphens', () => {
    expect(slugFromName('Clínica São João!')).toBe('clinica-sao-joao');
    expect(slugFromName('  Açaí & Co.  ')).toBe('acai-co');
  });

  it('always answers a valid slug', () => {
    const valid = /^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/;
    for (const name of ['!!!', 'A', 'x'.repeat(120), 'Ünïcödé — ½ ⅓', '日本語']) {
      expect(slugFromName(name)).toMatch(valid);
      expect(withSuffix(slugFromName(name))).toMatch(valid);
    }
  });
});
