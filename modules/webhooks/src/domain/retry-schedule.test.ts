import { describe, expect, it } from 'vitest';
import { nextAttemptAt, retryDelayMs } from './retry-schedule';

const HOUR = 3_600_000;
const policy = { baseMs: 30_000, maxMs: 6 * HOUR, windowMs: 72 * HOUR };

describe('retry schedule', () => {
  it('doubles from the base up to the cap, jittered by ±20%', () => {
    expect(retryDelayMs(policy, 1, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(policy, 2, () => 0.5)).toBe(60_000);
    expect(retryDelayMs(policy, 5, () => 0.5)).toBe(480_000);
    expect(retryDelayMs(policy, 30, () => 0.5)).toBe(6 * HOUR);
    expect(retryDelayMs(policy, 1, () => 0)).toBe(24_000);
    expect(retryDelayMs(policy, 1, () => 0.999_999)).toBeLessThanOrEqual(36_000);
  });

  it('keeps retrying for the window (3 days by default), then gives up', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    let now = start;
    let failures = 0;
    for (;;) {
      failures++;
      const next = nextAttemptAt(policy, failures, start, now, () => 0.5);
      if (!next) break;
      now = next;
    }
    const elapsed = now.getTime() - start.getTime();
    expect(elapsed).toBeGreaterThan(66 * HOUR);
    expect(elapsed).toBeLessThanOrEqual(72 * HOUR);
    expect(failures).toBeGreaterThan(15);
  });
});
