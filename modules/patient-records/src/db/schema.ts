import { tenantPolicy } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const patientRecords = pgSchema('patient_records');

/**
 * The read model's copy of each appointment (from agenda.appointment.*): the summary's next
 * appointment and last visit are read off it. Idempotent by `version`: an event older than (or
 * equal to) the stored version changes nothing.
 */
export const appointments = patientRecords
  .table(
    'appointments',
    {
      workspaceId: uuid().notNull(),
      appointmentId: uuid().notNull(),
      patientId: uuid(),
      startsAt: timestamp({ withTimezone: true }).notNull(),
      status: text().notNull(),
      version: integer().notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.appointmentId] }),
      index().on(t.workspaceId, t.patientId, t.startsAt),
      tenantPolicy('pr_appointments_tenant'),
    ],
  )
  .enableRLS();

/** Each issued invoice (billing.invoice.issued / voided), keyed by invoice id: a replay changes nothing. */
export const invoices = patientRecords
  .table(
    'invoices',
    {
      workspaceId: uuid().notNull(),
      invoiceId: uuid().notNull(),
      patientId: uuid().notNull(),
      currency: text().notNull(),
      totalMinor: bigint({ mode: 'number' }).notNull(),
      voidedAt: timestamp({ withTimezone: true }),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.invoiceId] }),
      index().on(t.workspaceId, t.patientId),
      tenantPolicy('pr_invoices_tenant'),
    ],
  )
  .enableRLS();

/** Each registered payment (billing.payment.registered), keyed by payment id: a replay changes nothing. */
export const payments = patientRecords
  .table(
    'payments',
    {
      workspaceId: uuid().notNull(),
      paymentId: uuid().notNull(),
      invoiceId: uuid().notNull(),
      patientId: uuid().notNull(),
      currency: text().notNull(),
      amountMinor: bigint({ mode: 'number' }).notNull(),
      /** Set once billing.payment.reversed arrives: the payment no longer counts. */
      reversedAt: timestamp({ withTimezone: true }),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.paymentId] }),
      index().on(t.workspaceId, t.patientId),
      tenantPolicy('pr_payments_tenant'),
    ],
  )
  .enableRLS();

/**
 * The patient timeline (issue 12): one row per event about a patient, keyed by the event's id (a
 * redelivered event inserts nothing). `kind` is the timeline's name for the event (`invoice.issued`);
 * `facts` the few payload values its summary line is written from; `refs` the ids of the source
 * objects. Billing rows carry `currency` and `balance_delta_minor` (what the entry did to the
 * patient's balance: + invoiced, − paid), so the billing timeline's running balance is one window sum.
 */
export const timelineEntries = patientRecords
  .table(
    'timeline_entries',
    {
      workspaceId: uuid().notNull(),
      eventId: uuid().notNull(),
      patientId: uuid().notNull(),
      kind: text().notNull(),
      occurredAt: timestamp({ withTimezone: true }).notNull(),
      facts: jsonb().$type<Record<string, string | number | string[] | null>>().notNull(),
      refs: jsonb().$type<Record<string, string>>().notNull(),
      currency: text(),
      balanceDeltaMinor: bigint({ mode: 'number' }),
      /** On a `patient.merged` entry: the patient folded into this one (later events of it land here). */
      mergedPatientId: uuid(),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.eventId] }),
      // Why: a patient's timeline, newest first, paged by (occurred_at, event_id).
      index().on(t.workspaceId, t.patientId, t.occurredAt, t.eventId),
      // Why: the workspace's billing timeline (every patient's invoices and payments), newest first.
      index('pr_timeline_entries_billing')
        .on(t.workspaceId, t.occurredAt, t.eventId)
        .where(sql`${t.currency} is not null`),
      // Why: each new entry asks whether its patient was merged into another (survivorOf).
      index().on(t.workspaceId, t.mergedPatientId),
      tenantPolicy('pr_timeline_entries_tenant'),
    ],
  )
  .enableRLS();
