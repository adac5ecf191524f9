import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cuitVerifier, curpVerifier, nitVerifier, rfcVerifier, rutVerifier } from './check-digits';
import { type DocumentType, isValidDocument, normaliseDocument, parseDocument } from './identity-document';

// Published numbers (tax authorities' own ids, the documented examples of each format) and their
// one-digit-off twins; then properties over random bodies.

const VALID: [DocumentType, string, string][] = [
  ['cpf', '529.982.247-25', '52998224725'],
  ['cnpj', '11.222.333/0001-81', '11222333000181'],
  ['cnpj', '12.ABC.345/01DE-35', '12ABC34501DE35'], // the Receita Federal's alphanumeric example
  ['dni', '30.123.456', '30123456'],
  ['cuit', '33-69345023-9', '33693450239'], // AFIP itself
  ['cuit', '20-12345678-6', '20123456786'],
  ['curp', 'hegg560427mvzrrl04', 'HEGG560427MVZRRL04'], // RENAPO's example
  ['rfc', 'SAT970701NN3', 'SAT970701NN3'], // the SAT itself (company, 12 characters)
  ['rfc', 'GODE561231GR8', 'GODE561231GR8'], // a person, 13 characters
  ['rut', '12.345.678-5', '123456785'],
  ['rut', '11.111.111-1', '111111111'],
  ['cc', '1.020.304.050', '1020304050'],
  ['nit', '800.197.268-4', '8001972684'], // the DIAN itself
  ['nit', '890.900.608-9', '8909006089'],
];

const INVALID: [DocumentType, string][] = [
  ['cpf', '529.982.247-24'],
  ['cpf', '111.111.111-11'], // repeated digits pass the arithmetic but are not issued
  ['cnpj', '12.ABC.345/01DE-34'],
  ['cnpj', '11.222.333/0001-8'],
  ['dni', '0123456'],
  ['dni', '123456789'],
  ['cuit', '33-69345023-8'],
  ['cuit', '99-12345678-6'], // unknown prefix
  ['curp', 'HEGG560427MVZRRL05'],
  ['curp', 'HEGG561327MVZRRL04'], // month 13
  ['rfc', 'SAT970701NN4'],
  ['rfc', 'XAXX010101000'], // the generic "public at large" RFC names nobody
  ['rut', '12.345.678-4'],
  ['rut', '12.345.678-K'],
  ['cc', '12'],
  ['cc', '0123456'],
  ['nit', '800.197.268-5'],
  ['nit', 'ABC'],
];

describe('identity documents', () => {
  it.each(VALID)('accepts a valid %s %s and stores it as %s', (type, raw, stored) => {
    expect(parseDocument(type, raw)).toMatchObject({ type, number: stored });
  });

  it.each(INVALID)('refuses an invalid %s %s', (type, raw) => {
    expect(parseDocument(type, raw)).toBeNull();
  });

  it('normalises separators and case only', () => {
    expect(normaliseDocument(' 12.abc.345/01de-35 ')).toBe('12ABC34501DE35');
    expect(normaliseDocument('año&ñ')).toBe('AÑO&Ñ');
  });

  it('any one-digit change of a valid RUT, CUIT, NIT or CPF verifier is caught', () => {
    const cases: [DocumentType, fc.Arbitrary<string>, (body: string) => string | null][] = [
      ['rut', fc.integer({ min: 1_000_000, max: 99_999_999 }).map(String), rutVerifier],
      ['cuit', fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `20${n}`), cuitVerifier],
      ['nit', fc.integer({ min: 100_000_000, max: 999_999_999 }).map(String), nitVerifier],
    ];
    for (const [type, bodies, verifier] of cases) {
      fc.assert(
        fc.property(bodies, fc.integer({ min: 1, max: 9 }), (body, shift) => {
          const dv = verifier(body);
          fc.pre(dv !== null);
          expect(isValidDocument(type, `${body}${dv}`)).toBe(true);
          const digits = '0123456789';
          const wrong = dv === 'K' ? String(shift) : digits[(Number(dv) + shift) % 10];
          expect(isValidDocument(type, `${body}${wrong}`)).toBe(false);
        }),
      );
    }
  });

  it('a CURP or RFC with another verifier is refused', () => {
    const letters = fc.constantFrom(...'BCDFGHJKLMNPQRSTVWXZ');
    const curpBody = fc
      .tuple(fc.array(letters, { minLength: 3, maxLength: 3 }), fc.integer({ min: 1, max: 28 }), letters)
      .map(([l, day, c]) => `${l[0]}A${l[1]}${l[2]}8501${String(day).padStart(2, '0')}HDF${c}${c}${c}0`);
    fc.assert(
      fc.property(curpBody, fc.integer({ min: 1, max: 9 }), (body, shift) => {
        const dv = Number(curpVerifier(body));
        expect(isValidDocument('curp', `${body}${dv}`)).toBe(true);
        expect(isValidDocument('curp', `${body}${(dv + shift) % 10}`)).toBe(false);
      }),
    );
    const rfcBody = fc.array(letters, { minLength: 4, maxLength: 4 }).map((l) => `${l.join('')}900101AB`);
    fc.assert(
      fc.property(rfcBody, (body) => {
        const dv = rfcVerifier(body);
        expect(isValidDocument('rfc', `${body}${dv}`)).toBe(true);
        expect(isValidDocument('rfc', `${body}${dv === '1' ? '2' : '1'}`)).toBe(false);
      }),
    );
  });
});
