import { z } from 'zod';

export const appointmentRefSchema = z.object({ id: z.string().uuid(), starts_at: z.string() });

/** A patient's summary as the read model holds it; money per currency in integer minor units. */
export const patientSummarySchema = z.object({
  patient_id: z.string().uuid(),
  invoices_count: z.number().int(),
  payments_count: z.number().int(),
  balances: z.array(
    z.object({
      currency: z.string(),
      total_invoiced: z.number().int(),
      total_paid: z.number().int(),
      balance: z.number().int(),
    }),
  ),
  next_appointment: appointmentRefSchema.nullable(),
  last_visit: appointmentRefSchema.nullable(),
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;
