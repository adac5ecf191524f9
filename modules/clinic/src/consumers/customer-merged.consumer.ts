import { customerMerged } from '@nexova/customers';
import { defineConsumer } from '@nexova/events';
import { mergePatientProfiles } from '../use-cases/merge-patient-profiles';

/** Two people became one: their clinical profiles become one too (publishes clinic.patient.merged). */
export const customerMergedConsumer = defineConsumer({
  name: 'clinic.customer-merged',
  events: [customerMerged],
  async handle({ ctx, event }) {
    const { merged_id, survivor_id } = event.payload;
    await mergePatientProfiles({ ctx, input: { survivorPersonId: survivor_id, mergedPersonId: merged_id } });
  },
});
