import { type TxContext, workspaceOf } from '@nexova/db';
import { and, asc, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import { appointments, invoices, payments } from './schema';

export type AppointmentFact = {
  appointmentId: string;
  patientId: string | null;
  startsAt: Date;
  status: string;
  version: number;
};

/** Upserts an appointment; an event whose version is not newer than the stored one is ignored. */
export async function applyAppointment(t: TxContext, a: AppointmentFact): Promise<void> {
  const ws = workspaceOf(t);
  await t.tx
    .insert(appointments)
    .values({ workspaceId: ws, ...a })
    .onConflictDoUpdate({
      target: [appointments.workspaceId, appointments.appointmentId],
      set: { patientId: a.patientId, startsAt: a.startsAt, status: a.status, version: a.version },
      setWhere: lt(appointments.version, a.version),
    });
}

export type InvoiceFact = { invoiceId: string; patientId: string; currency: string; totalMinor: number };

export async function applyInvoiceIssued(t: TxContext, i: InvoiceFact): Promise<void> {
  await t.tx
    .insert(invoices)
    .values({ workspaceId: workspaceOf(t), ...i })
    .onConflictDoNothing();
}

/** Marks an invoice void (inserting it first when the void arrives before the issue). */
export async function applyInvoiceVoided(t: TxContext, i: InvoiceFact, voidedAt: Date): Promise<void> {
  await t.tx
    .insert(invoices)
    .values({ workspaceId: workspaceOf(t), ...i, voidedAt })
    .onConflictDoUpdate({
      target: [invoices.workspaceId, invoices.invoiceId],
      set: { voidedAt },
      setWhere: isNull(invoices.voidedAt),
    });
}

export type PaymentFact = {
  paymentId: string;
  invoiceId: string;
  patientId: string;
  currency: string;
  amountMinor: number;
};

export async function applyPayment(t: TxContext, p: PaymentFact): Promise<void> {
  await t.tx
    .insert(payments)
    .values({ workspaceId: workspaceOf(t), ...p })
    .onConflictDoNothing();
}

/** A reversal (even one that arrives before its payment): the payment stops counting, once. */
export async function applyPaymentReversed(t: TxContext, p: PaymentFact, reversedAt: Date): Promise<void> {
  await t.tx
    .insert(payments)
    .values({ workspaceId: workspaceOf(t), ...p, reversedAt })
    .onConflictDoUpdate({
      target: [payments.workspaceId, payments.paymentId],
      set: { reversedAt },
      setWhere: isNull(payments.reversedAt),
    });
}

/** Moves every row of patient `from` to `to` (a merge). */
export async function reassignPatient(t: TxContext, from: string, to: string): Promise<void> {
  const ws = workspaceOf(t);
  for (const table of [appointments, invoices, payments])
    await t.tx
      .update(table)
      .set({ patientId: to })
      .where(and(eq(table.workspaceId, ws), eq(table.patientId, from)));
}

const UPCOMING = ['booked', 'confirmed', 'checked_in', 'in_service'];

export async function nextAppointment(t: TxContext, patientId: string, now: Date) {
  const ws = workspaceOf(t);
  const [row] = await t.tx
    .select({ id: appointments.appointmentId, startsAt: appointments.startsAt })
    .from(appointments)
    .where(
      and(
        eq(appointments.workspaceId, ws),
        eq(appointments.patientId, patientId),
        inArray(appointments.status, UPCOMING),
        gt(appointments.startsAt, now),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .limit(1);
  return row ?? null;
}

export async function lastVisit(t: TxContext, patientId: string) {
  const ws = workspaceOf(t);
  const [row] = await t.tx
    .select({ id: appointments.appointmentId, startsAt: appointments.startsAt })
    .from(appointments)
    .where(
      and(
        eq(appointments.workspaceId, ws),
        eq(appointments.patientId, patientId),
        eq(appointments.status, 'completed'),
      ),
    )
    .orderBy(desc(appointments.startsAt))
    .limit(1);
  return row ?? null;
}

export type CurrencyTotals = { currency: string; invoiced: number; paid: number; invoices: number; payments: number };

/** Per currency: issued (not void) invoices' totals and count, payments' totals and count. */
export async function moneyTotals(t: TxContext, patientId: string): Promise<CurrencyTotals[]> {
  const ws = workspaceOf(t);
  const inv = await t.tx
    .select({
      currency: invoices.currency,
      invoiced: sql<string>`coalesce(sum(${invoices.totalMinor}) filter (where ${invoices.voidedAt} is null), 0)`,
      count: sql<string>`count(*) filter (where ${invoices.voidedAt} is null)`,
    })
    .from(invoices)
    .where(and(eq(invoices.workspaceId, ws), eq(invoices.patientId, patientId)))
    .groupBy(invoices.currency);
  const pay = await t.tx
    .select({
      currency: payments.currency,
      paid: sql<string>`coalesce(sum(${payments.amountMinor}) filter (where ${payments.reversedAt} is null), 0)`,
      count: sql<string>`count(*) filter (where ${payments.reversedAt} is null)`,
    })
    .from(payments)
    .where(and(eq(payments.workspaceId, ws), eq(payments.patientId, patientId)))
    .groupBy(payments.currency);
  const by = new Map<string, CurrencyTotals>();
  const get = (c: string) => {
    const v = by.get(c) ?? { currency: c, invoiced: 0, paid: 0, invoices: 0, payments: 0 };
    by.set(c, v);
    return v;
  };
  for (const r of inv) Object.assign(get(r.currency), { invoiced: Number(r.invoiced), invoices: Number(r.count) });
  for (const r of pay) Object.assign(get(r.currency), { paid: Number(r.paid), payments: Number(r.count) });
  return [...by.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
