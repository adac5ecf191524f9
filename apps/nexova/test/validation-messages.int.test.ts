import { createTestApp, type TestApp } from '@nexova/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Validation messages on a real route, written for people in the caller's language, each naming
// its field by JSON pointer.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.dispose());

const register = (language: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    headers: { 'accept-language': language },
    payload: { email: 'ana@', password: 'a long enough password 123' },
  });

describe('POST /api/v1/auth/register with a bad email', () => {
  it.each([
    ['es-ES,es;q=0.9', 'email no es una dirección de correo electrónico válida', 'La solicitud no es válida'],
    ['pt-BR,pt;q=0.8', 'email não é um endereço de e-mail válido', 'A requisição não é válida'],
    ['en-GB', 'email is not a valid email address', 'Validation failed'],
  ])('%s: %s', async (language, message, title) => {
    const res = await register(language);
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem).toMatchObject({ code: 'validation_failed', title });
    expect(problem.errors).toContainEqual({ pointer: '/email', in: 'body', message, code: 'invalid_format' });
    expect(problem.detail).toContain(message);
  });
});
