import { ServiceUnavailableError } from '@nexova/kernel';
import { describe, expect, it } from 'vitest';
import { WaitRoom } from '../src/waiting/wait-room';

// The long-poll's waiting room on its own: the bound, the wake-up, the abort and the close. Timers
// are an hour long, so every wait here ends only by the event under test.

const HOUR = 3_600_000;

describe('WaitRoom', () => {
  it('over CHECKOUT_WAIT_MAX_WAITERS answers 503 checkout_wait_busy with Retry-After', async () => {
    const room = new WaitRoom({ maxWaiters: 1, recheckMs: HOUR });
    const first = new AbortController();
    room.admit();
    const sleeping = room.sleep(HOUR, first.signal);
    let refused: unknown;
    try {
      room.admit();
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ServiceUnavailableError);
    expect(refused).toMatchObject({ status: 503, code: 'checkout_wait_busy', headers: { 'retry-after': '1' } });
    first.abort();
    expect(await sleeping).toBe('aborted');
    expect(room.active).toBe(0);
    expect(() => room.admit()).not.toThrow();
  });

  it('wakeAll wakes every waiter; the first waiter asks for the listener once per empty room', async () => {
    let listens = 0;
    const room = new WaitRoom({ maxWaiters: 10, recheckMs: HOUR }, () => listens++);
    const signal = new AbortController().signal;
    const a = room.sleep(HOUR, signal);
    const b = room.sleep(HOUR, signal);
    expect(room.active).toBe(2);
    room.wakeAll();
    expect(await Promise.all([a, b])).toEqual(['woken', 'woken']);
    expect(room.active).toBe(0);
    expect(listens).toBe(1);
  });

  it("a commit heard between a waiter's read and its sleep ends that sleep at once", async () => {
    const room = new WaitRoom({ maxWaiters: 10, recheckMs: HOUR });
    const signal = new AbortController().signal;
    const seen = room.seen; // before the read
    room.wakeAll(); // heard while the read ran: nobody was sleeping yet
    expect(await room.sleep(HOUR, signal, seen)).toBe('woken');
    // Nothing heard since: it sleeps until the next one.
    const next = room.sleep(HOUR, signal, room.seen);
    expect(room.active).toBe(1);
    room.wakeAll();
    expect(await next).toBe('woken');
    expect(room.active).toBe(0);
  });

  it('with a probe, a commit ends only the waits whose saga moved, one probe per workspace', async () => {
    const versions = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 5],
    ]);
    const probes: string[][] = [];
    const room = new WaitRoom({
      maxWaiters: 10,
      recheckMs: HOUR,
      probe: async (workspaceId, orderIds) => {
        probes.push([workspaceId, ...orderIds]);
        return new Map([...versions].filter(([id]) => orderIds.includes(id)));
      },
    });
    const signal = new AbortController().signal;
    const a = room.sleep(HOUR, signal, room.seen, { workspaceId: 'w1', orderId: 'a', version: 1 });
    const b = room.sleep(HOUR, signal, room.seen, { workspaceId: 'w1', orderId: 'b', version: 1 });
    const c = room.sleep(HOUR, signal, room.seen, { workspaceId: 'w2', orderId: 'c', version: 5 });
    versions.set('b', 2); // b's saga moved; a's and c's did not
    room.wakeAll();
    room.wakeAll(); // a burst of wake-ups shares the probe
    expect(await b).toBe('woken');
    expect(probes).toEqual([
      ['w1', 'a', 'b'],
      ['w2', 'c'],
    ]);
    expect(room.active).toBe(2);
    versions.set('c', 6);
    room.wakeAll();
    expect(await c).toBe('woken');
    expect(room.active).toBe(1);
    room.close();
    expect(await a).toBe('timeout');
  });

  it('with a probe, a commit heard before the sleep is probed for (not missed), and a failed probe wakes all', async () => {
    let fail = false;
    const versions = new Map([['a', 1]]);
    const room = new WaitRoom({
      maxWaiters: 10,
      recheckMs: HOUR,
      probe: async () => {
        if (fail) throw new Error('database down');
        return versions;
      },
    });
    const signal = new AbortController().signal;
    const seen = room.seen;
    versions.set('a', 2);
    room.wakeAll(); // heard while the waiter read: its sleep probes at once and finds the move
    expect(await room.sleep(HOUR, signal, seen, { workspaceId: 'w', orderId: 'a', version: 1 })).toBe('woken');
    fail = true;
    const again = room.sleep(HOUR, signal, room.seen, { workspaceId: 'w', orderId: 'a', version: 2 });
    room.wakeAll();
    expect(await again).toBe('woken');
    expect(room.active).toBe(0);
  });

  it('close ends every wait at once and no new one sleeps', async () => {
    const room = new WaitRoom({ maxWaiters: 10, recheckMs: HOUR });
    const signal = new AbortController().signal;
    const open = room.sleep(HOUR, signal);
    room.close();
    expect(await open).toBe('timeout');
    expect(await room.sleep(HOUR, signal)).toBe('timeout');
    expect(room.active).toBe(0);
  });

  it('an already aborted signal never sleeps', async () => {
    const room = new WaitRoom({ maxWaiters: 10, recheckMs: HOUR });
    const gone = new AbortController();
    gone.abort();
    expect(await room.sleep(HOUR, gone.signal)).toBe('aborted');
    expect(room.active).toBe(0);
  });
});
