import { defineModule } from '@nexova/module';
import { appointmentFactsConsumer } from './consumers/appointment-facts.consumer';
import { billingFactsConsumer } from './consumers/billing-facts.consumer';
import { patientMergedConsumer } from './consumers/patient-merged.consumer';
import { timelineConsumer } from './consumers/timeline.consumer';
import { patientRecordRoutes } from './http/routes';
import { timelineRoutes } from './http/timeline-routes';
import { patientSummaryModel, patientTimelineModel } from './read-models';

/**
 * Patient read models (issue 12, events and read models): the summary and the timeline (with the
 * billing timeline), fed by agenda, billing and clinic events and rebuildable from the event log.
 */
export const patientRecordsModule = defineModule({
  name: 'patient-records',
  routes: [
    { name: 'patient-records', plugin: patientRecordRoutes },
    { name: 'patient-timeline', plugin: timelineRoutes },
  ],
  consumers: [appointmentFactsConsumer, billingFactsConsumer, patientMergedConsumer, timelineConsumer],
  readModels: [patientSummaryModel, patientTimelineModel],
});
