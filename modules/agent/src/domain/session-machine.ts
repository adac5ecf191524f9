// The agent's conversation session (issue 13, "The agent"): one per conversation, a guarded state
// machine (seed 002's IDLE … HANDOFF, spelled lower snake as every enum of the API). Pure: the caller persists the state and publishes agent.session.transitioned.

export const SESSION_STATES = [
  'idle',
  'collecting_order',
  'needs_details',
  'awaiting_confirmation',
  'executing',
  'done',
  'handoff',
] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/** Which states each state may move to. HANDOFF is reachable from anywhere but leaves only by a member. */
const ALLOWED: Record<SessionState, readonly SessionState[]> = {
  idle: ['collecting_order', 'handoff'],
  collecting_order: ['collecting_order', 'needs_details', 'idle', 'handoff'],
  needs_details: ['needs_details', 'awaiting_confirmation', 'collecting_order', 'idle', 'handoff'],
  awaiting_confirmation: ['executing', 'collecting_order', 'needs_details', 'idle', 'handoff'],
  executing: ['done', 'awaiting_confirmation', 'handoff'],
  done: ['idle', 'collecting_order', 'handoff'],
  handoff: ['idle'],
};

export type Transition = { from: SessionState; to: SessionState };

export class InvalidTransitionError extends Error {
  constructor(
    readonly from: SessionState,
    readonly to: SessionState,
  ) {
    super(`The agent session may not move from ${from} to ${to}.`);
  }
}

export function canTransition(from: SessionState, to: SessionState): boolean {
  return ALLOWED[from].includes(to);
}

/** The guarded move; throws InvalidTransitionError when the machine forbids it. */
export function transition(from: SessionState, to: SessionState): Transition {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to);
  return { from, to };
}

/**
 * A session idle for longer than `timeoutMs` (AGENT_SESSION_TIMEOUT) starts over at IDLE — except
 * HANDOFF (a member owns it) and IDLE itself. Answers the state to use for the next message.
 */
export function expireIfStale(
  state: SessionState,
  lastActivityAt: Date,
  now: Date,
  timeoutMs: number,
): { state: SessionState; expired: boolean } {
  const stale = now.getTime() - lastActivityAt.getTime() > timeoutMs;
  if (!stale || state === 'idle' || state === 'handoff') return { state, expired: false };
  return { state: 'idle', expired: true };
}

/**
 * The shortest guarded path from `from` to `to` (states after `from`, `to` last; empty when they
 * are equal; null when the machine has none). HANDOFF is never passed through on the way.
 */
export function pathTo(from: SessionState, to: SessionState): SessionState[] | null {
  if (from === to) return [];
  const previous = new Map<SessionState, SessionState>();
  const queue: SessionState[] = [from];
  while (queue.length) {
    const at = queue.shift() as SessionState;
    for (const next of ALLOWED[at]) {
      if (next === from || previous.has(next) || (next === 'handoff' && to !== 'handoff')) continue;
      previous.set(next, at);
      if (next === to) {
        const path: SessionState[] = [to];
        for (let s = previous.get(to); s && s !== from; s = previous.get(s)) path.unshift(s);
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}
