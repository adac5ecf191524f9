import { UnauthorizedError } from '@nexova/kernel';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

// Routes and settings shared by the rate-limit suites (test support, not exported).

const ok = z.object({ ok: z.boolean() });
export const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/things', { schema: { response: { 200: ok } } }, async () => ({ ok: true }));
  app.post('/things', { config: { idempotent: false }, schema: { response: { 200: ok } } }, async () => ({ ok: true }));
  app.post(
    '/webhooks/probe',
    {
      config: { auth: 'public', idempotent: false, rateLimit: { class: 'webhooks' } },
      schema: { response: { 200: ok } },
    },
    async () => ({ ok: true }),
  );
  app.post(
    '/login',
    {
      config: { auth: 'public', idempotent: false, rateLimit: { class: 'auth' } },
      schema: { body: z.object({ email: z.string(), password: z.string() }), response: { 200: ok } },
    },
    async (request) => {
      const { email, password } = request.body;
      await app.loginThrottle.check(email, request.ip);
      if (password !== 'right') {
        await app.loginThrottle.fail(email, request.ip);
        throw new UnauthorizedError('Wrong e-mail or password.');
      }
      await app.loginThrottle.reset(email, request.ip);
      return { ok: true };
    },
  );
};

/** Small quotas so a test reaches them quickly. */
export const env = {
  RATE_LIMIT_IP: '30',
  RATE_LIMIT_USER_POINTS: '100',
  RATE_LIMIT_WORKSPACE_POINTS: '120',
  RATE_LIMIT_AUTH: '8',
  RATE_LIMIT_WEBHOOKS: '3',
};

/** A random client address, so tests never share a per-IP counter. */
export const ip = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
