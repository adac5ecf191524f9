import { describe, expect, it } from 'vitest';
import { rateLimitHeaders } from './rate-limit-headers';

describe('IETF RateLimit headers', () => {
  it('lists every applied policy as structured-field items', () => {
    const headers = rateLimitHeaders([
      {
        name: 'ip',
        quota: 1000,
        windowSeconds: 60,
        state: { allowed: true, remaining: 998, consumed: 2, resetSeconds: 42 },
      },
      {
        name: 'user',
        quota: 1000,
        windowSeconds: 60,
        state: { allowed: true, remaining: 995, consumed: 5, resetSeconds: 41 },
      },
    ]);
    expect(headers).toEqual({
      'ratelimit-policy': '"ip";q=1000;w=60, "user";q=1000;w=60',
      ratelimit: '"ip";r=998;t=42, "user";r=995;t=41',
    });
  });

  it('adds nothing when no policy applied', () => {
    expect(rateLimitHeaders([])).toEqual({});
  });
});
