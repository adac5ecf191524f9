import { assertExpectedVersion, etagOf } from '@nexova/kernel';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Conditional requests (RFC 9110 §13) over a resource's integer `version`: a strong ETag "<version>",
// If-Match on writes (412 when stale), If-None-Match on reads (304 when unchanged).

export { etagOf };

/** Entity tags listed in an If-Match / If-None-Match header; `*` matches any; weak tags keep their W/. */
export function parseEtags(header: string | undefined): string[] | '*' | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  if (header.trim() === '*') return '*';
  return header.match(/(?:W\/)?"[^"]*"/g) ?? [];
}

/** The version an ETag names, or null for weak or foreign tags (strong comparison). */
export function versionOf(etag: string): number | null {
  const match = /^"(\d+)"$/.exec(etag);
  return match ? Number(match[1]) : null;
}

/**
 * For PATCH/DELETE: checks If-Match against the version just read. A stale tag → 412 naming the
 * current version. Returns the version the write must be conditioned on (`updateVersioned`) and
 * whether the client asked for it (a lost race is then 412 too, else 409).
 */
export function expectedVersion(request: FastifyRequest, current: number): { version: number; ifMatch: boolean } {
  const tags = parseEtags(request.headers['if-match']);
  if (tags === undefined) return { version: current, ifMatch: false };
  if (tags !== '*' && !tags.some((tag) => versionOf(tag) === current)) {
    assertExpectedVersion(current, tags.map(versionOf).find((v) => v !== null) ?? 0);
  }
  return { version: current, ifMatch: true };
}

/**
 * For GETs of one resource: sets its ETag and, when If-None-Match already names it, answers 304
 * with no body and returns true — the handler then returns `reply`:
 * `if (notModified(request, reply, row.version)) return reply;`
 */
export function notModified(request: FastifyRequest, reply: FastifyReply, version: number): boolean {
  const etag = etagOf(version);
  reply.header('etag', etag);
  // Tenant data: caches may keep it for this caller only and must revalidate (cheap with the ETag).
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'private, no-cache');
  const tags = parseEtags(request.headers['if-none-match']);
  // If-None-Match uses weak comparison: W/"7" matches "7".
  const hit = tags === '*' || (tags?.some((tag) => tag.replace(/^W\//, '') === etag) ?? false);
  if (hit) reply.code(304).send();
  return hit;
}
