import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from '@nexova/http';
import { ForbiddenError } from '@nexova/kernel';
import { z } from 'zod';
import { OPERATOR_MAX_ARGS, OPERATOR_PATH, OPERATOR_TOKEN_HEADER, type OperatorAnswer } from './protocol';

export type OperatorRouteOptions = {
  token: string;
  /** Runs one command line on the server's database and returns what it printed. */
  run(argv: string[]): Promise<OperatorAnswer>;
};

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `POST /_operator/commands`: a CLI on this machine asks the embedded server to run a command for
 * it. Not part of the API (hidden from OpenAPI): answered only to a caller on this host that shows
 * the token from the data folder's lock file.
 */
export const operatorRoute: FastifyPluginAsyncZod<OperatorRouteOptions> = async (app, options) => {
  app.post(
    OPERATOR_PATH,
    {
      config: { auth: 'public', rateLimit: false, idempotent: false },
      schema: {
        hide: true,
        body: z.object({ argv: z.array(z.string().max(1000)).min(1).max(OPERATOR_MAX_ARGS) }),
      },
    },
    async (request) => {
      const { remoteAddress, localAddress } = request.socket;
      const local = remoteAddress !== undefined && (LOOPBACK.test(remoteAddress) || remoteAddress === localAddress);
      const token = request.headers[OPERATOR_TOKEN_HEADER];
      if (!local || !sameToken(typeof token === 'string' ? token : undefined, options.token)) {
        throw new ForbiddenError('Operator commands are accepted only from this machine, with the data folder token.');
      }
      request.log.info({ argv: request.body.argv }, 'operator command');
      return options.run(request.body.argv);
    },
  );
};
