// The timeline's kinds: an event's type without its module (`billing.invoice.issued` →
// `invoice.issued`). A filter names kinds or whole groups (`appointment`, `invoice` …).

export const TIMELINE_KINDS = [
  'patient.created',
  'patient.updated',
  'patient.merged',
  'appointment.held',
  'appointment.booked',
  'appointment.confirmed',
  'appointment.checked_in',
  'appointment.started',
  'appointment.completed',
  'appointment.canceled',
  'appointment.no_show',
  'appointment.rescheduled',
  'appointment.released',
  'appointment.expired',
  'queue.joined',
  'queue.called',
  'queue.started',
  'queue.finished',
  'queue.left',
  'invoice.issued',
  'invoice.voided',
  'payment.registered',
  'payment.reversed',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_GROUPS = ['patient', 'appointment', 'queue', 'invoice', 'payment', 'billing'] as const;

/** The kinds of the billing timeline: what moves a patient's balance. */
export const BILLING_KINDS: TimelineKind[] = [
  'invoice.issued',
  'invoice.voided',
  'payment.registered',
  'payment.reversed',
];

/** The kinds a filter token names: a kind itself, or a group (`billing` = invoices and payments); else null. */
export function kindsOf(token: string): TimelineKind[] | null {
  if ((TIMELINE_KINDS as readonly string[]).includes(token)) return [token as TimelineKind];
  if (token === 'billing') return BILLING_KINDS;
  if (!(TIMELINE_GROUPS as readonly string[]).includes(token)) return null;
  return TIMELINE_KINDS.filter((k) => k.startsWith(`${token}.`));
}

/** The timeline kind of an event type, or null when the timeline does not show it. */
export function kindOfEvent(type: string): TimelineKind | null {
  const kind = type.split('.').slice(1).join('.');
  return (TIMELINE_KINDS as readonly string[]).includes(kind) ? (kind as TimelineKind) : null;
}
