// The appointment state machine: one typed table of which action moves which status where.

export const APPOINTMENT_STATUSES = [
  'held',
  'booked',
  'confirmed',
  'checked_in',
  'in_service',
  'completed',
  'canceled',
  'no_show',
  'rescheduled',
  'released',
  'expired',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Staff actions (each one is a POST /agenda/appointments/{appointment_id}/<action> route) plus the timer's `expire`. */
export const STAFF_ACTIONS = [
  'book',
  'confirm',
  'check_in',
  'start',
  'complete',
  'cancel',
  'no_show',
  'reschedule',
  'release',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];
export type AppointmentAction = StaffAction | 'expire';

/** action → the statuses it may start from and the status it leads to. */
export const APPOINTMENT_TRANSITIONS = {
  book: { from: ['held'], to: 'booked' },
  confirm: { from: ['booked'], to: 'confirmed' },
  check_in: { from: ['booked', 'confirmed'], to: 'checked_in' },
  start: { from: ['checked_in'], to: 'in_service' },
  complete: { from: ['in_service'], to: 'completed' },
  cancel: { from: ['booked', 'confirmed', 'checked_in'], to: 'canceled' },
  no_show: { from: ['booked', 'confirmed'], to: 'no_show' },
  // The old appointment keeps its history as `rescheduled`; a new one takes the new time.
  reschedule: { from: ['held', 'booked', 'confirmed'], to: 'rescheduled' },
  release: { from: ['held'], to: 'released' },
  expire: { from: ['held'], to: 'expired' },
} as const satisfies Record<AppointmentAction, { from: readonly AppointmentStatus[]; to: AppointmentStatus }>;

/**
 * Statuses that occupy their time: the exclusion constraints of migration 0029 name exactly the
 * others (canceled, rescheduled, released, expired) as free. Keep both lists in step.
 */
export const FREEING_STATUSES: readonly AppointmentStatus[] = ['canceled', 'rescheduled', 'released', 'expired'];
export const isBlocking = (s: AppointmentStatus) => !FREEING_STATUSES.includes(s);

/** The status `action` leads to from `current`, or null when the table does not allow it. */
export function nextStatus(current: AppointmentStatus, action: AppointmentAction): AppointmentStatus | null {
  const rule = APPOINTMENT_TRANSITIONS[action];
  return (rule.from as readonly AppointmentStatus[]).includes(current) ? rule.to : null;
}

/** Staff actions allowed from a status (for error messages and the API). */
export const allowedActions = (current: AppointmentStatus): StaffAction[] =>
  STAFF_ACTIONS.filter((a) => nextStatus(current, a) !== null);
