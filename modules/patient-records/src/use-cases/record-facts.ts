import { getPatient } from '@nexova/clinic';
import { type AppContext, lockForTransaction, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import {
  type AppointmentFact,
  applyAppointment,
  applyInvoiceIssued,
  applyInvoiceVoided,
  applyPayment,
  applyPaymentReversed,
  type InvoiceFact,
  type PaymentFact,
  reassignPatient,
} from '../db/records-store';

// The consumers' writes. Each is idempotent: appointments by version (older or equal ignored),
// invoices and payments by their ids (a second insert does nothing; a void only once). A fact about
// a patient merged away lands on the survivor (clinic's merged_into, committed before its merge
// event): on NATS an event of another aggregate may arrive after the merge the summary has applied.
// A fact and a fold of the same patient take one lock: without it a fact read "not merged", the fold
// moved the committed rows, and the fact's row committed after it on the duplicate (CI caught it).

const patientLock = (t: TxContext, patientId: string) =>
  lockForTransaction(t, `patient_records.patient:${workspaceOf(t)}:${patientId}`);

/** The patient a fact belongs to now: itself, or the profile it was merged into (locked till commit). */
async function survivor(t: TxContext, patientId: string): Promise<string> {
  await patientLock(t, patientId);
  try {
    return (await getPatient({ ctx: t, input: { patientId } })).merged_into ?? patientId;
  } catch (error) {
    if (error instanceof NotFoundError) return patientId;
    throw error;
  }
}

export async function recordAppointment({ ctx, input }: { ctx: AppContext; input: AppointmentFact }) {
  await withTransaction(ctx, async (t) =>
    applyAppointment(t, { ...input, patientId: input.patientId ? await survivor(t, input.patientId) : null }),
  );
}

export async function recordInvoice({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: { fact: InvoiceFact; voidedAt: Date | null };
}) {
  await withTransaction(ctx, async (t) => {
    const fact = { ...input.fact, patientId: await survivor(t, input.fact.patientId) };
    return input.voidedAt ? applyInvoiceVoided(t, fact, input.voidedAt) : applyInvoiceIssued(t, fact);
  });
}

export async function recordPayment({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: PaymentFact & { reversedAt?: Date | null };
}) {
  const { reversedAt, ...given } = input;
  await withTransaction(ctx, async (t) => {
    const fact = { ...given, patientId: await survivor(t, given.patientId) };
    return reversedAt ? applyPaymentReversed(t, fact, reversedAt) : applyPayment(t, fact);
  });
}

export async function foldPatient({ ctx, input }: { ctx: AppContext; input: { from: string; to: string } }) {
  if (input.from === input.to) return;
  await withTransaction(ctx, async (t) => {
    await patientLock(t, input.from);
    await reassignPatient(t, input.from, input.to);
  });
}
