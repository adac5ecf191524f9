import { getPatient } from '@nexova/clinic';
import { type AppContext, withTransaction } from '@nexova/db';
import type { PatientSummary } from '../contracts/patient-summary';
import { lastVisit, moneyTotals, nextAppointment } from '../db/records-store';

const ref = (r: { id: string; startsAt: Date } | null) =>
  r ? { id: r.id, starts_at: r.startsAt.toISOString() } : null;

// A patient's summary, read off the read model; a patient this workspace does not have is 404 (as
// every route answers for another workspace's ids).
export async function getPatientSummary({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: { patientId: string; now?: Date };
}): Promise<PatientSummary> {
  return withTransaction(ctx, async (t) => {
    await getPatient({ ctx: t, input: { patientId: input.patientId } });
    const totals = await moneyTotals(t, input.patientId);
    return {
      patient_id: input.patientId,
      invoices_count: totals.reduce((n, c) => n + c.invoices, 0),
      payments_count: totals.reduce((n, c) => n + c.payments, 0),
      balances: totals.map((c) => ({
        currency: c.currency,
        total_invoiced: c.invoiced,
        total_paid: c.paid,
        balance: c.invoiced - c.paid,
      })),
      next_appointment: ref(await nextAppointment(t, input.patientId, input.now ?? new Date())),
      last_visit: ref(await lastVisit(t, input.patientId)),
    };
  });
}
