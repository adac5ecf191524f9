import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES, allowedActions, isBlocking, nextStatus } from './appointment-status';

describe('the appointment state machine', () => {
  it('walks held → booked → confirmed → checked_in → in_service → completed', () => {
    expect(nextStatus('held', 'book')).toBe('booked');
    expect(nextStatus('booked', 'confirm')).toBe('confirmed');
    expect(nextStatus('confirmed', 'check_in')).toBe('checked_in');
    expect(nextStatus('checked_in', 'start')).toBe('in_service');
    expect(nextStatus('in_service', 'complete')).toBe('completed');
  });
  it('refuses what the table does not list, and terminal statuses allow nothing', () => {
    expect(nextStatus('held', 'complete')).toBeNull();
    expect(nextStatus('completed', 'cancel')).toBeNull();
    for (const s of ['completed', 'canceled', 'no_show', 'rescheduled', 'released', 'expired'] as const)
      expect(allowedActions(s)).toEqual([]);
    expect(allowedActions('booked')).toEqual(['confirm', 'check_in', 'cancel', 'no_show', 'reschedule']);
  });
  it('frees time exactly in the statuses the exclusion constraints leave out', () => {
    expect(APPOINTMENT_STATUSES.filter((s) => !isBlocking(s))).toEqual([
      'canceled',
      'rescheduled',
      'released',
      'expired',
    ]);
  });
});
