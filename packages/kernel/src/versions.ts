import { ConflictError, PreconditionFailedError } from './errors';

// Optimistic concurrency over a resource's integer `version` (bumped by every write). The HTTP
// layer turns `If-Match: "7"` (or a body `expected_version: 7`) into `expectedVersion: 7`; the
// use-case checks it against the row it read and conditions its write on that read version.

/** The strong ETag of a resource version: `"7"`. */
export const etagOf = (version: number): string => `"${version}"`;

/**
 * 412 `version_mismatch` naming the current version (and its ETag) when the caller expected
 * another one; nothing when it named none.
 */
export function assertExpectedVersion(current: number, expected: number | undefined, what = 'The resource'): void {
  if (expected === undefined || expected === current) return;
  throw new PreconditionFailedError(
    `${what} has changed: its current version is ${current} (ETag ${etagOf(current)}), not ${expected}. Fetch it again and retry.`,
    { code: 'version_mismatch', extensions: { current_version: current }, headers: { etag: etagOf(current) } },
  );
}

/**
 * A conditioned write (`… WHERE version = $read`) found the row changed after this request read it:
 * another request won the race. 412 when the caller named the version it expected (If-Match), else
 * 409 `version_conflict` — never a silent overwrite.
 */
export function versionRaceLost(read: number, expected: number | undefined, what = 'The resource'): never {
  const detail = `${what} was changed by another request after version ${read}; fetch it again and retry.`;
  if (expected !== undefined) throw new PreconditionFailedError(detail, { code: 'version_mismatch' });
  throw new ConflictError(detail, { code: 'version_conflict' });
}
