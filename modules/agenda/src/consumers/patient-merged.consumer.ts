import { patientMerged } from '@nexova/clinic';
import { defineConsumer } from '@nexova/events';
import { reassignPatientAppointments } from '../use-cases/reassign-patient-appointments';

/** A merged patient's appointments move to the profile it was folded into. */
export const patientMergedConsumer = defineConsumer({
  name: 'agenda.patient-merged',
  events: [patientMerged],
  async handle({ ctx, event }) {
    const { patient_id, merged_patient_id } = event.payload;
    // No merged profile (only the duplicate person had one, and it moved whole): nothing to move.
    if (!merged_patient_id) return;
    await reassignPatientAppointments({ ctx, input: { from: merged_patient_id, to: patient_id } });
  },
});
