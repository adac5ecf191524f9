import { z } from 'zod';
import { patientSummarySchema as base } from '../contracts/patient-summary';

const P = '0190a1b2-0000-7000-8000-000000000001';
const A = '0190a1b2-0000-7000-8000-0000000000a1';

export const patientParams = z
  .object({ patient_id: z.string().uuid().describe('The patient.').meta({ example: P }) })
  .meta({ example: { patient_id: P } });

export const patientSummarySchema = base.meta({
  example: {
    patient_id: P,
    invoices_count: 2,
    payments_count: 1,
    balances: [{ currency: 'BRL', total_invoiced: 30000, total_paid: 10000, balance: 20000 }],
    next_appointment: { id: A, starts_at: '2026-12-01T13:00:00.000Z' },
    last_visit: null,
  },
});
