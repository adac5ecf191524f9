import type { LimitState } from './limiter-store';

/** The outcome of one policy for one request: its name, quota, window and the counter after this call. */
export type AppliedPolicy = { name: string; quota: number; windowSeconds: number; state: LimitState };

// draft-ietf-httpapi-ratelimit-headers (-09/-10): both fields are Structured Field Lists of policy
// names (sf-string) with parameters. RateLimit-Policy: q = quota, w = window (s).
// RateLimit: r = remaining quota units, t = seconds until the quota resets.

/** `"ip";q=1000;w=60, "user";q=1000;w=60` */
export function rateLimitPolicyHeader(applied: AppliedPolicy[]): string {
  return applied.map((p) => `"${p.name}";q=${p.quota};w=${p.windowSeconds}`).join(', ');
}

/** `"ip";r=998;t=42, "user";r=995;t=42` */
export function rateLimitHeader(applied: AppliedPolicy[]): string {
  return applied.map((p) => `"${p.name}";r=${p.state.remaining};t=${p.state.resetSeconds}`).join(', ');
}

/** The headers of a limited response (every policy that applied to it). */
export function rateLimitHeaders(applied: AppliedPolicy[]): Record<string, string> {
  if (applied.length === 0) return {};
  return { 'ratelimit-policy': rateLimitPolicyHeader(applied), ratelimit: rateLimitHeader(applied) };
}
