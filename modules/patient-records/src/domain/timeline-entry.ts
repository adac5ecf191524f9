import { kindOfEvent, type TimelineKind } from './timeline-kinds';

export type Facts = Record<string, string | number | string[] | null>;

/** What the timeline keeps of one event about a patient (pure: the consumer stores it). */
export type TimelineEntry = {
  eventId: string;
  patientId: string;
  kind: TimelineKind;
  occurredAt: Date;
  facts: Facts;
  refs: Record<string, string>;
  currency: string | null;
  balanceDeltaMinor: number | null;
  /** On a merge: the patient folded into `patientId`. */
  mergedPatientId: string | null;
};

type Envelope = { id: string; type: string; occurred_at: string; payload: unknown };

// Payload fields kept as the entry's facts (its summary line is written from them) and as refs.
const FACT_FIELDS = [
  'starts_at',
  'new_starts_at',
  'status',
  'reason',
  'queue_kind',
  'day',
  'number',
  'currency',
  'total_minor',
  'amount_minor',
  'method',
  'kind',
  'changed',
] as const;
const REF_FIELDS = [
  'appointment_id',
  'new_appointment_id',
  'service_id',
  'professional_id',
  'resource_id',
  'entry_id',
  'invoice_id',
  'payment_id',
  'person_id',
  'merged_patient_id',
  'merged_person_id',
] as const;

/** What a billing entry does to the balance: invoiced +, paid −, and the reverse when undone. */
function balanceDelta(kind: TimelineKind, p: Record<string, unknown>): number | null {
  const total = Number(p.total_minor ?? 0);
  const amount = Number(p.amount_minor ?? 0);
  if (kind === 'invoice.issued') return total;
  if (kind === 'invoice.voided') return -total;
  if (kind === 'payment.registered') return -amount;
  if (kind === 'payment.reversed') return amount;
  return null;
}

/** The timeline entry of an event, or null when it is not about a patient (a walk-in, a hold with none). */
export function timelineEntryOf(event: Envelope): TimelineEntry | null {
  const kind = kindOfEvent(event.type);
  const p = event.payload as Record<string, unknown>;
  if (!kind || typeof p.patient_id !== 'string') return null;
  const facts: Facts = {};
  for (const f of FACT_FIELDS) if (p[f] !== undefined) facts[f] = p[f] as Facts[string];
  const refs: Record<string, string> = {};
  for (const f of REF_FIELDS) if (typeof p[f] === 'string') refs[f === 'entry_id' ? 'queue_entry_id' : f] = p[f];
  const delta = balanceDelta(kind, p);
  return {
    eventId: event.id,
    patientId: p.patient_id,
    kind,
    occurredAt: new Date(event.occurred_at),
    facts,
    refs,
    currency: delta === null ? null : String(p.currency),
    balanceDeltaMinor: delta,
    mergedPatientId: kind === 'patient.merged' ? (refs.merged_patient_id ?? null) : null,
  };
}
