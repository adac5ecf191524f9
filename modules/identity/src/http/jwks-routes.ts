import type { FastifyPluginAsyncZod } from '@nexova/http';
import { z } from 'zod';
import type { IdentityDeps } from '../runtime';

const jwks = z.object({ keys: z.array(z.record(z.string(), z.unknown())) }).meta({
  example: {
    keys: [
      {
        kty: 'OKP',
        crv: 'Ed25519',
        x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
        kid: '…',
        alg: 'EdDSA',
        use: 'sig',
      },
    ],
  },
});

/** /.well-known/jwks.json: the public keys that verify access tokens (mounted at the root). */
export const jwksRoutes: FastifyPluginAsyncZod<IdentityDeps> = async (app, deps) => {
  const runtime = deps.identity;
  app.get(
    '/.well-known/jwks.json',
    {
      config: { auth: 'public', rateLimit: false },
      schema: {
        operationId: 'getJwks',
        tags: ['auth'],
        summary: 'Public keys for access tokens (JWKS)',
        response: { 200: jwks },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return runtime.keys.jwks();
    },
  );
};
