// The reception queue's state machine and its wait estimate (pure; the store and use-cases apply them).

export const QUEUE_STATUSES = ['waiting', 'called', 'in_service', 'done', 'left', 'no_show'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const QUEUE_ACTIONS = ['call', 'start', 'finish', 'remove'] as const;
export type QueueAction = (typeof QUEUE_ACTIONS)[number];

/** action → the statuses it may start from. `remove` leads to `left` or `no_show` (the caller says which). */
export const QUEUE_TRANSITIONS = {
  call: { from: ['waiting', 'called'], to: 'called' }, // calling again (a second call) is allowed
  start: { from: ['waiting', 'called'], to: 'in_service' },
  finish: { from: ['in_service'], to: 'done' },
  remove: { from: ['waiting', 'called'], to: 'left' },
} as const satisfies Record<QueueAction, { from: readonly QueueStatus[]; to: QueueStatus }>;

export const LIVE_QUEUE_STATUSES: readonly QueueStatus[] = ['waiting', 'called', 'in_service'];

export const queueActionsFrom = (s: QueueStatus): QueueAction[] =>
  QUEUE_ACTIONS.filter((a) => (QUEUE_TRANSITIONS[a].from as readonly QueueStatus[]).includes(s));

export type QueueLine = {
  status: QueueStatus;
  durationMinutes: number;
  startedAt: Date | null;
};

/**
 * Position and estimated wait of each entry, in join order. The estimate assumes the queue's owner
 * (a professional or a room) serves one patient at a time: a waiting entry waits for what remains
 * of whoever is in service (started_at + duration − now, never below zero), plus the full duration
 * of everyone already called, plus the full duration of every waiting entry ahead of it. Durations
 * are the services' (or AGENDA_QUEUE_DEFAULT_MINUTES when no service is named). Position counts
 * waiting entries only (1 = next to be called); called, in-service and closed entries have none.
 */
export function queueEstimates<T extends QueueLine>(
  lines: readonly T[],
  now: Date,
): Array<{ position: number | null; estimatedWaitMinutes: number | null }> {
  const ms = (minutes: number) => minutes * 60_000;
  let ahead = 0;
  for (const l of lines) {
    if (l.status === 'in_service' && l.startedAt)
      ahead += Math.max(0, l.startedAt.getTime() + ms(l.durationMinutes) - now.getTime());
    if (l.status === 'called') ahead += ms(l.durationMinutes);
  }
  let position = 0;
  return lines.map((l) => {
    if (l.status !== 'waiting') return { position: null, estimatedWaitMinutes: l.status === 'called' ? 0 : null };
    position += 1;
    const wait = Math.ceil(ahead / 60_000);
    ahead += ms(l.durationMinutes);
    return { position, estimatedWaitMinutes: wait };
  });
}
