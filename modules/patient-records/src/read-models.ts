import { defineReadModel } from '@nexova/events';
import { appointmentFactsConsumer } from './consumers/appointment-facts.consumer';
import { billingFactsConsumer } from './consumers/billing-facts.consumer';
import { patientMergedConsumer } from './consumers/patient-merged.consumer';
import { timelineConsumer } from './consumers/timeline.consumer';
import { resetPatientSummary, resetPatientTimeline } from './use-cases/reset-read-models';

/** The patient summary: its consumers' event types stay in the log, and a rebuild replays them. */
export const patientSummaryModel = defineReadModel({
  name: 'patient-summary',
  consumers: [appointmentFactsConsumer, billingFactsConsumer, patientMergedConsumer],
  reset: (ctx) => resetPatientSummary({ ctx }),
});

/** The patient timeline (and the billing timeline read off it). */
export const patientTimelineModel = defineReadModel({
  name: 'patient-timeline',
  consumers: [timelineConsumer],
  reset: (ctx) => resetPatientTimeline({ ctx }),
});
