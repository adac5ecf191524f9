import { patientMerged } from '@nexova/clinic';
import { defineConsumer } from '@nexova/events';
import { foldPatient } from '../use-cases/record-facts';

/** A merged patient's appointments, invoices and payments fold into the survivor's summary. */
export const patientMergedConsumer = defineConsumer({
  name: 'patient-records.patient-merged',
  events: [patientMerged],
  async handle({ ctx, event }) {
    const { patient_id, merged_patient_id } = event.payload;
    if (!merged_patient_id) return;
    await foldPatient({ ctx, input: { from: merged_patient_id, to: patient_id } });
  },
});
