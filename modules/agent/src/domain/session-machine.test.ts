import { describe, expect, it } from 'vitest';
import { canTransition, expireIfStale, InvalidTransitionError, SESSION_STATES, transition } from './session-machine';

describe('agent session machine', () => {
  it('walks the happy path of an order', () => {
    const path = [
      'idle',
      'collecting_order',
      'needs_details',
      'awaiting_confirmation',
      'executing',
      'done',
      'idle',
    ] as const;
    for (let i = 1; i < path.length; i++)
      expect(transition(path[i - 1]!, path[i]!)).toEqual({ from: path[i - 1], to: path[i] });
  });

  it('reaches HANDOFF from every state and leaves it only to IDLE', () => {
    for (const s of SESSION_STATES) if (s !== 'handoff') expect(canTransition(s, 'handoff')).toBe(true);
    for (const s of SESSION_STATES) expect(canTransition('handoff', s)).toBe(s === 'idle');
  });

  it('refuses to confirm without asking or to execute from IDLE', () => {
    expect(() => transition('collecting_order', 'executing')).toThrow(InvalidTransitionError);
    expect(() => transition('idle', 'executing')).toThrow(InvalidTransitionError);
    expect(() => transition('idle', 'done')).toThrow(InvalidTransitionError);
  });

  it('times out a stale session back to IDLE but keeps HANDOFF', () => {
    const at = new Date('2026-01-01T10:00:00Z');
    const later = new Date('2026-01-01T10:31:00Z');
    const ms = 30 * 60_000;
    expect(expireIfStale('needs_details', at, later, ms)).toEqual({ state: 'idle', expired: true });
    expect(expireIfStale('needs_details', at, new Date('2026-01-01T10:29:00Z'), ms).expired).toBe(false);
    expect(expireIfStale('handoff', at, later, ms)).toEqual({ state: 'handoff', expired: false });
  });
});
