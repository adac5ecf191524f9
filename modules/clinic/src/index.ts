// @nexova/clinic — patient records: the clinical profile of a person of the directory (issue 12). The only door.
export * from './contracts/events/patient-events.v1';
export { type Patient, type PatientNote, patientNoteSchema, patientSchema } from './contracts/patient';
export { type Allergy, type Condition, type EmergencyContact, SEXES } from './contracts/patient-fields';
export { requireClinicModule } from './http/clinic-enabled';
export { clinicPermissions as permissions } from './http/permissions';
export { clinicModule } from './module';
export { type AddPatientNoteInput, addPatientNote } from './use-cases/add-patient-note';
export { type CreatePatientInput, createPatient, type NewPersonInput } from './use-cases/create-patient';
export {
  type EndClinicalTermsInput,
  type EndClinicalTermsResult,
  endClinicalTerms,
} from './use-cases/end-clinical-terms';
export { type FindPersonPatientInput, findPersonPatient } from './use-cases/find-person-patient';
export { type GetPatientInput, getPatient } from './use-cases/get-patient';
export {
  type ListPatientAttachmentsInput,
  listPatientAttachments,
} from './use-cases/list-patient-attachments';
export { type ListPatientNotesInput, listPatientNotes } from './use-cases/list-patient-notes';
export { type ListPatientsInput, listPatients } from './use-cases/list-patients';
export { type MergePatientProfilesInput, mergePatientProfiles } from './use-cases/merge-patient-profiles';
export { type RequirePatientInput, requirePatient } from './use-cases/require-patient';
export {
  type BookingPatient,
  type ResolveBookingPatientInput,
  resolveBookingPatient,
} from './use-cases/resolve-booking-patient';
export {
  type SealClearRecordsInput,
  type SealClearRecordsResult,
  sealClearRecords,
} from './use-cases/seal-clear-records';
export { type UpdatePatientInput, updatePatient } from './use-cases/update-patient';
