import { describe, expect, it } from 'vitest';
import { canTransition } from '../domain/session-machine';
import { route } from './booking-turn';

describe('booking routes through the session machine', () => {
  it.each([
    ['idle', 'collecting_order', ['collecting_order']],
    ['idle', 'needs_details', ['collecting_order', 'needs_details']],
    ['done', 'awaiting_confirmation', ['collecting_order', 'needs_details', 'awaiting_confirmation']],
    ['awaiting_confirmation', 'executing', ['executing']],
    ['needs_details', 'needs_details', []],
  ] as const)('%s → %s', (from, to, path) => {
    expect(route(from, to)).toEqual(path);
  });

  it('every step of a route is a guarded move, never through handoff', () => {
    for (const [from, to] of [
      ['executing', 'idle'],
      ['done', 'needs_details'],
    ] as const) {
      const path = route(from, to);
      expect(path.at(-1)).toBe(to);
      expect(path).not.toContain('handoff');
      const steps = [from, ...path];
      for (let i = 1; i < steps.length; i++) expect(canTransition(steps[i - 1] as never, steps[i] as never)).toBe(true);
    }
  });
});
