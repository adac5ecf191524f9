import { describe, expect, it } from 'vitest';
import { matchIntent, normalise } from './intents';
import { agentLocale, detectLocale } from './locale';

describe('offline agent intents', () => {
  it.each([
    ['Hola!', 'greet'],
    ['Oi, bom dia', 'greet'],
    ['hello', 'greet'],
    ['Quiero hablar con un humano', 'handoff'],
    ['quero um atendente', 'handoff'],
    ['can I talk to an agent?', 'handoff'],
    ['sí', 'yes'],
    ['Sim', 'yes'],
    ['yes', 'yes'],
    ['no', 'no'],
    ['não', 'no'],
    ['asdkjh qwe', 'unknown'],
    ['Quiero un turno', 'book'],
    ['quero marcar uma consulta', 'book'],
    ["I'd like an appointment", 'book'],
    ['cancelar mi turno', 'cancel_booking'],
    ['quero desmarcar minha consulta', 'cancel_booking'],
    ['cancel my appointment', 'cancel_booking'],
    ['2', 'choice'],
    ['opción 3', 'choice'],
    ['quero agendar', 'book'],
    ['reservar 2 x café', 'add_items'],
  ])('%s → %s', (text, kind) => {
    expect(matchIntent(text).kind).toBe(kind);
  });

  it('lists products by a search word in each language', () => {
    expect(matchIntent('¿Qué productos de café tienen?')).toEqual({ kind: 'list_products', search: 'cafe' });
    expect(matchIntent('produtos de cafe')).toEqual({ kind: 'list_products', search: 'cafe' });
    expect(matchIntent('show me your products')).toEqual({ kind: 'list_products', search: null });
    // Question words and pronouns are not a search (found driving `nexova chat`).
    expect(matchIntent('quais produtos vocês têm?')).toEqual({ kind: 'list_products', search: null });
    expect(matchIntent('¿Cuáles productos tienen ustedes?')).toEqual({ kind: 'list_products', search: null });
    expect(matchIntent('which products are there?')).toEqual({ kind: 'list_products', search: null });
  });

  it('reads "2 x <product>" items', () => {
    expect(matchIntent('2 x café')).toEqual({ kind: 'add_items', items: [{ quantity: 2, product: 'cafe' }] });
    expect(matchIntent('quiero 3 empanadas y 1 coca')).toEqual({
      kind: 'add_items',
      items: [
        { quantity: 3, product: 'empanadas' },
        { quantity: 1, product: 'coca' },
      ],
    });
    expect(matchIntent('2x Coffee')).toEqual({ kind: 'add_items', items: [{ quantity: 2, product: 'coffee' }] });
  });

  it('reads a number picked from a list, and the language of a booking', () => {
    expect(matchIntent('Opción 2')).toEqual({ kind: 'choice', n: 2 });
    expect(matchIntent(' 1 ')).toEqual({ kind: 'choice', n: 1 });
    expect(detectLocale(normalise('quiero un turno'))).toBe('es');
    expect(detectLocale(normalise('quero marcar uma consulta'))).toBe('pt-BR');
    expect(detectLocale(normalise("I'd like an appointment"))).toBe('en');
  });

  it('picks a supported reply locale', () => {
    expect(agentLocale('pt')).toBe('pt-BR');
    expect(agentLocale('en-US')).toBe('en');
    expect(agentLocale(null)).toBe('es');
  });
});
