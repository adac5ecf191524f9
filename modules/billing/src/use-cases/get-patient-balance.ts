import { getPatient } from '@nexova/clinic';
import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PatientBalance } from '../contracts/invoice';
import { invoices } from '../db/schema';

export type GetPatientBalanceInput = { patientId: string };

// What a patient was invoiced, paid and owes, per currency, over its issued, partially paid and paid
// invoices (drafts and void ones do not count). 404 for a patient of another workspace.
export async function getPatientBalance({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetPatientBalanceInput;
}): Promise<PatientBalance> {
  return withTransaction(ctx, async (t) => {
    await getPatient({ ctx: t, input: { patientId: input.patientId } });
    const rows = await t.tx
      .select({
        currency: invoices.currency,
        invoiced: sql<string>`sum(${invoices.total})`,
        paid: sql<string>`sum(${invoices.paid})`,
      })
      .from(invoices)
      .where(
        and(
          eq(invoices.workspaceId, workspaceOf(t)),
          eq(invoices.patientId, input.patientId),
          inArray(invoices.status, ['issued', 'partially_paid', 'paid']),
        ),
      )
      .groupBy(invoices.currency)
      .orderBy(invoices.currency);
    return {
      patient_id: input.patientId,
      currencies: rows.map((r) => ({
        currency: r.currency,
        invoiced: Number(r.invoiced),
        paid: Number(r.paid),
        balance: Number(r.invoiced) - Number(r.paid),
      })),
    };
  });
}
