import { ServiceUnavailableError } from '@nexova/kernel';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export type ReadinessCheck = () => Promise<{ ok: boolean; detail?: string; degraded?: boolean }>;

const checkResult = z.object({
  status: z.enum(['ok', 'degraded', 'failing']),
  detail: z.string().optional(),
});

/** A check that has not answered within `ms` fails: a stalled database must read as not ready. */
function withDeadline(check: ReadinessCheck, ms: number): ReturnType<ReadinessCheck> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([check(), late]).finally(() => clearTimeout(timer));
}

/**
 * Liveness (`/health`: the process answers) and readiness (`/health/ready`: every dependency
 * answers a real request within `timeoutMs`; otherwise 503 with Retry-After).
 */
export function healthRoutes(checks: Record<string, ReadinessCheck>, timeoutMs: number): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        config: { auth: 'public', rateLimit: false },
        schema: {
          operationId: 'getHealth',
          summary: 'Liveness: the process is up',
          tags: ['system'],
          response: { 200: z.object({ status: z.literal('ok') }).meta({ example: { status: 'ok' } }) },
        },
      },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/health/ready',
      {
        config: { auth: 'public', rateLimit: false },
        schema: {
          operationId: 'getReadiness',
          summary: 'Readiness: the database is reachable and migrated, dependencies answer',
          tags: ['system'],
          response: {
            200: z
              .object({ status: z.enum(['ok', 'degraded']), checks: z.record(z.string(), checkResult) })
              .meta({ example: { status: 'ok', checks: { database: { status: 'ok' } } } }),
          },
        },
      },
      async () => {
        const results: Record<string, z.infer<typeof checkResult>> = {};
        await Promise.all(
          Object.entries(checks).map(async ([name, check]) => {
            try {
              const r = await withDeadline(check, timeoutMs);
              results[name] = {
                status: r.ok ? (r.degraded ? 'degraded' : 'ok') : 'failing',
                ...(r.detail ? { detail: r.detail } : {}),
              };
            } catch (error) {
              results[name] = { status: 'failing', detail: (error as Error).message.slice(0, 200) };
            }
          }),
        );
        const failing = Object.entries(results).filter(([, r]) => r.status === 'failing');
        if (failing.length > 0) {
          throw new ServiceUnavailableError(
            `Not ready: ${failing.map(([n, r]) => `${n} (${r.detail ?? 'failing'})`).join('; ')}.`,
            { code: 'not_ready', extensions: { checks: results }, headers: { 'retry-after': '5' } },
          );
        }
        const degraded = Object.values(results).some((r) => r.status === 'degraded');
        return { status: degraded ? ('degraded' as const) : ('ok' as const), checks: results };
      },
    );
  };
}
