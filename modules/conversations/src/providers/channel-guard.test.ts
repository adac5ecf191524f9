import { describe, expect, it } from 'vitest';
import { channelGuard, Deferred } from './channel-guard';
import { SendError } from './send-error';

const ok = () => Promise.resolve('sent');
const down = () => Promise.reject(new SendError('Meta answered 503', true));

describe('channel guard', () => {
  it('lets a channel send its rate per second; the rest are deferred until the window ends', async () => {
    const guard = channelGuard({ sendsPerSecond: 2, breakerFailures: 5, breakerCooldownMs: 1000 });
    const before = Date.now();
    const results = await Promise.all(Array.from({ length: 5 }, () => guard.send('a', ok)));
    expect(results.filter((r) => r === 'sent')).toHaveLength(2);
    const deferred = results.filter((r) => r instanceof Deferred);
    expect(deferred).toHaveLength(3);
    for (const d of deferred) {
      expect(d.reason).toBe('rate_limited');
      expect(d.until.getTime()).toBeGreaterThan(before);
    }
    // Another channel has its own allowance.
    expect(await guard.send('b', ok)).toBe('sent');
  });

  it('opens after N consecutive retryable failures: then nothing reaches the provider until the cooldown', async () => {
    const guard = channelGuard({ sendsPerSecond: 100, breakerFailures: 3, breakerCooldownMs: 50 });
    let calls = 0;
    const counted = () => {
      calls++;
      return down();
    };
    for (let i = 0; i < 3; i++) await expect(guard.send('a', counted)).rejects.toThrow('503');
    expect(guard.state('a')).toBe('open');
    const held = await guard.send('a', counted);
    expect(held).toBeInstanceOf(Deferred);
    expect((held as Deferred).reason).toBe('circuit_open');
    expect(calls).toBe(3);
    expect(await guard.send('b', ok)).toBe('sent');
    // After the cooldown one trial send goes through; its success closes the circuit.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await guard.send('a', ok)).toBe('sent');
    expect(guard.state('a')).toBe('closed');
  });

  it('does not count a refusal no retry can fix (a wrong token) against the circuit', async () => {
    const guard = channelGuard({ sendsPerSecond: 100, breakerFailures: 1, breakerCooldownMs: 1000 });
    await expect(guard.send('a', () => Promise.reject(new SendError('401', false)))).rejects.toThrow('401');
    expect(guard.state('a')).toBe('closed');
  });
});
