// @nexova/patient-records — read models over a patient's facts (summary, timeline, billing timeline). The only door into the module.
export * from './contracts/patient-summary';
export * from './contracts/patient-timeline';
export { patientRecordsModule } from './module';
export { patientSummaryModel, patientTimelineModel } from './read-models';
export { exportPatientTimeline } from './use-cases/export-patient-timeline';
export { getPatientSummary } from './use-cases/get-patient-summary';
export { listBillingTimeline } from './use-cases/list-billing-timeline';
export { listPatientTimeline } from './use-cases/list-patient-timeline';
