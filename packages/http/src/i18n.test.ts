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

  it('falls back to the status’s generic title, then to the English one, for codes without their own', () => {
    expect(translateTitle('not_found', 'Not found', 'es')).toBe('No encontrado');
    expect(translateTitle('no_title_of_its_own', 'Bad request', 'es', 400)).toBe('Solicitud incorrecta');
    expect(translateTitle('no_title_of_its_own', 'Conflict', 'pt-BR', 409)).toBe('Conflito');
    expect(translateTitle('mystery', 'Mystery', 'pt-BR', 418)).toBe('Mystery');
    expect(translateTitle('mystery', 'Mystery', 'pt-BR')).toBe('Mystery');
    expect(translateTitle('no_title_of_its_own', 'Bad request', 'en', 400)).toBe('Bad request');
  });
});
