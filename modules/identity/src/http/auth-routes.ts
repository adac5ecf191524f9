import type { FastifyPluginAsyncZod } from '@nexova/http';
import { LOCATION_HEADER, pickLocale } from '@nexova/http';
import { isAppError } from '@nexova/kernel';
import { normalizeEmail } from '../domain/secrets';
import type { IdentityDeps } from '../runtime';
import { login } from '../use-cases/login';
import { logout } from '../use-cases/logout';
import { refreshSession } from '../use-cases/refresh-session';
import { registerUser } from '../use-cases/register-user';
import { requestPasswordReset } from '../use-cases/request-password-reset';
import { resetPassword } from '../use-cases/reset-password';
import {
  accepted,
  forgotBody,
  loginBody,
  refreshBody,
  registerBody,
  resetBody,
  tokenPair,
  userView,
} from './auth.schema';

const config = { auth: 'public', idempotent: false, rateLimit: { class: 'auth' } } as const;
const tags = ['auth'];

/** /api/v1/auth: register, login, refresh, logout, forgot and reset password (all public). */
export const authRoutes: FastifyPluginAsyncZod<IdentityDeps> = async (app, deps) => {
  const runtime = deps.identity;

  app.post(
    '/auth/register',
    {
      config,
      schema: {
        operationId: 'register',
        tags,
        summary: 'Create an account',
        body: registerBody,
        response: { 201: userView.meta({ ...userView.meta(), headers: { location: LOCATION_HEADER } }) },
      },
    },
    async (request, reply) => {
      const { first_name, last_name, ...body } = request.body;
      const input = { ...body, firstName: first_name, lastName: last_name };
      const user = await registerUser({ ctx: request.ctx, input, runtime });
      reply.code(201).header('location', '/api/v1/me');
      return user;
    },
  );

  app.post(
    '/auth/login',
    {
      config,
      schema: {
        operationId: 'login',
        tags,
        summary: 'Sign in and get tokens',
        body: loginBody,
        response: { 200: tokenPair },
      },
    },
    async (request) => {
      // Failed attempts are counted per account and client IP (hardening's login throttle): the
      // 6th wrong password in a window answers 429 with Retry-After to that client only, and a
      // success clears its count; a higher per-account ceiling covers every client together.
      const account = normalizeEmail(request.body.email);
      await app.loginThrottle.check(account, request.ip);
      try {
        const tokens = await login({ ctx: request.ctx, input: request.body, runtime });
        await app.loginThrottle.reset(account, request.ip);
        return tokens;
      } catch (error) {
        if (isAppError(error) && error.code === 'invalid_credentials')
          await app.loginThrottle.fail(account, request.ip);
        throw error;
      }
    },
  );

  app.post(
    '/auth/refresh',
    {
      config,
      schema: {
        operationId: 'refreshSession',
        tags,
        summary: 'Exchange a refresh token for a new pair (single use; reuse revokes the session)',
        body: refreshBody,
        response: { 200: tokenPair },
      },
    },
    async (request) =>
      refreshSession({ ctx: request.ctx, input: { refreshToken: request.body.refresh_token }, runtime }),
  );

  app.post(
    '/auth/logout',
    {
      config,
      schema: { operationId: 'logout', tags, summary: 'End the session of a refresh token', body: refreshBody },
    },
    async (request, reply) => {
      await logout({ ctx: request.ctx, input: { refreshToken: request.body.refresh_token }, runtime });
      reply.code(204);
      return undefined;
    },
  );

  app.post(
    '/auth/forgot-password',
    {
      config,
      schema: {
        operationId: 'forgotPassword',
        tags,
        summary: 'Email a password-reset link (always 202)',
        body: forgotBody,
        response: { 202: accepted },
      },
    },
    async (request, reply) => {
      const locale = pickLocale(request.headers['accept-language']);
      await requestPasswordReset({ ctx: request.ctx, input: { ...request.body, locale }, runtime });
      reply.code(202);
      return { message: 'If the email has an account, a reset link is on its way.' };
    },
  );

  app.post(
    '/auth/reset-password',
    {
      config,
      schema: { operationId: 'resetPassword', tags, summary: 'Set a new password with a reset token', body: resetBody },
    },
    async (request, reply) => {
      await resetPassword({ ctx: request.ctx, input: request.body, runtime });
      reply.code(204);
      return undefined;
    },
  );
};
