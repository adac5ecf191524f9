import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Locale } from './i18n';
import { humanMessage, issueCode } from './validation-messages';

// Messages from real zod issues (as fastify-type-provider-zod hands them over), in each language.

const schema = z.object({
  first_name: z.string().min(1),
  quantity: z.number().int().min(1),
  email: z.email(),
  status: z.enum(['draft', 'paid']),
  lines: z.array(z.object({ sku: z.string().max(3) })).min(1),
  bucket: z.string().regex(/^[a-z]+$/, 'must be lower-case letters'),
});
const bad = { quantity: 0, email: 'ana@', status: 'PAID', lines: [{ sku: 'ABCD' }], bucket: 'X' };

function messages(locale: Locale): Record<string, string> {
  const issues = schema.safeParse(bad).error?.issues ?? [];
  return Object.fromEntries(
    issues.map(({ path, code, message, ...params }) => {
      const pointer = `/${path.join('/')}`;
      return [pointer, humanMessage({ code, message, params }, pointer, locale)];
    }),
  );
}

describe('validation messages for people', () => {
  it('in English', () => {
    expect(messages('en')).toEqual({
      '/first_name': 'first_name is required',
      '/quantity': 'quantity must be at least 1',
      '/email': 'email is not a valid email address',
      '/status': 'status must be one of: draft, paid',
      '/lines/0/sku': 'sku must be at most 3 characters long',
      '/bucket': 'must be lower-case letters',
    });
  });

  it('in Spanish', () => {
    expect(messages('es')).toMatchObject({
      '/first_name': 'first_name es obligatorio',
      '/quantity': 'quantity debe ser como mínimo 1',
      '/email': 'email no es una dirección de correo electrónico válida',
      '/status': 'status debe ser uno de: draft, paid',
      '/lines/0/sku': 'sku debe tener como máximo 3 caracteres',
    });
  });

  it('in Brazilian Portuguese', () => {
    expect(messages('pt-BR')).toMatchObject({
      '/first_name': 'first_name é obrigatório',
      '/quantity': 'quantity deve ser no mínimo 1',
      '/email': 'email não é um endereço de e-mail válido',
      '/status': 'status deve ser um de: draft, paid',
      '/lines/0/sku': 'sku deve ter no máximo 3 caracteres',
    });
  });

  it('names types, empty values, unknown fields and the body itself', () => {
    const issues = z
      .strictObject({ n: z.number(), name: z.string().min(1), tags: z.array(z.string()).min(1) })
      .safeParse({ n: 'x', name: '', tags: [], extra: 1 }).error?.issues;
    const said = (issues ?? []).map(({ path, code, message, ...params }) =>
      humanMessage({ code, message, params }, `/${path.join('/')}`, 'en'),
    );
    expect(said).toEqual([
      'n must be a number',
      'name must not be empty',
      'tags must not be empty',
      'extra: not a known field',
    ]);
    expect(
      humanMessage({ code: 'invalid_type', message: 'Invalid input: expected object, received undefined' }, '', 'es'),
    ).toBe('el cuerpo es obligatorio');
    expect(issueCode({ code: 'invalid_type', message: 'Invalid input: expected string, received undefined' })).toBe(
      'required',
    );
    expect(issueCode({ code: 'too_small' })).toBe('too_small');
  });
});
