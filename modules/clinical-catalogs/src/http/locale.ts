import type { FastifyRequest } from 'fastify';

/** The caller's locale when it sent Accept-Language; null lets the workspace's locale decide. */
export const requestedLocale = (req: FastifyRequest): string | null =>
  req.headers['accept-language'] ? (req.ctx.locale ?? null) : null;
