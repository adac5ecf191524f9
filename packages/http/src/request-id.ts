import type { IncomingMessage } from 'node:http';
import { newId } from '@nexova/kernel';

const VALID = /^[A-Za-z0-9._-]{1,128}$/;

/** Accepts the caller's X-Request-Id when it is safe to log and echo; otherwise mints a UUIDv7. */
export function requestIdFrom(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const value = Array.isArray(given) ? given[0] : given;
  return value !== undefined && VALID.test(value) ? value : newId();
}
