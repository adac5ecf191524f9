import { describe, expect, it } from 'vitest';
import { pickLocale, translateTitle } from './i18n';

describe('problem title translation', () => {
  it('honours Accept-Language order and q-values', () => {
    expect(pickLocale(undefined)).toBe('en');
    expect(pickLocale('pt-BR,pt;q=0.9')).toBe('pt-BR');
    expect(pickLocale('fr-FR, es;q=0.8, en;q=0.5')).toBe('es');
    expect(pickLocale('en;q=0.2, pt;q=0.7')).toBe('pt-BR');
    expect(pickLocale('de')).toBe('en');
  });

  it('falls back to the English title for unknown codes', () => {
    expect(translateTitle('not_found', 'Not found', 'es')).toBe('No encontrado');
    expect(translateTitle('mystery', 'Mystery', 'pt-BR')).toBe('Mystery');
  });
});
