import { describe, expect, it } from 'vitest';
import { queueActionsFrom, queueEstimates } from './queue';

const now = new Date('2026-03-10T12:00:00Z');
const started = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);

describe('queue estimates', () => {
  it('waits for the rest of who is in service, everyone called, then the waiting ahead', () => {
    const out = queueEstimates(
      [
        { status: 'done', durationMinutes: 30, startedAt: started(60) },
        { status: 'in_service', durationMinutes: 30, startedAt: started(10) },
        { status: 'called', durationMinutes: 15, startedAt: null },
        { status: 'waiting', durationMinutes: 20, startedAt: null },
        { status: 'waiting', durationMinutes: 45, startedAt: null },
      ],
      now,
    );
    expect(out).toEqual([
      { position: null, estimatedWaitMinutes: null },
      { position: null, estimatedWaitMinutes: null },
      { position: null, estimatedWaitMinutes: 0 },
      { position: 1, estimatedWaitMinutes: 20 + 15 },
      { position: 2, estimatedWaitMinutes: 20 + 15 + 20 },
    ]);
  });

  it('never counts an overrun service as negative time', () => {
    const out = queueEstimates(
      [
        { status: 'in_service', durationMinutes: 30, startedAt: started(50) },
        { status: 'waiting', durationMinutes: 30, startedAt: null },
      ],
      now,
    );
    expect(out[1]).toEqual({ position: 1, estimatedWaitMinutes: 0 });
  });

  it('lists the actions each status allows', () => {
    expect(queueActionsFrom('waiting')).toEqual(['call', 'start', 'remove']);
    expect(queueActionsFrom('in_service')).toEqual(['finish']);
    expect(queueActionsFrom('done')).toEqual([]);
  });
});
