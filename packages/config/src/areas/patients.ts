import { envInt, envVar } from '../env-var';

// The clinic's patient records (issue 12).
export const patientsEnv = {
  ...envVar('PATIENT_SEARCH_MAX_PEOPLE', envInt(500, 10, 10_000), {
    description:
      'GET /patients?q= first finds the matching people of the directory (name, phone, document), newest first, then pages the patients among them: at most this many people are considered per search.',
    expected: 'an integer from 10 to 10000',
  }),
  ...envVar('PATIENT_ATTACHMENT_MAX_BYTES', envInt(10 * 1024 * 1024, 1024, 100 * 1024 * 1024), {
    description: 'Largest file POST /patients/{patient_id}/attachments accepts (413 above it).',
    expected: 'bytes, an integer from 1024 to 104857600',
  }),
  ...envVar('PATIENT_TIMELINE_EXPORT_MAX_ROWS', envInt(10_000, 1, 1_000_000), {
    description:
      "Most entries one export of a patient's timeline (GET /patients/{patient_id}/timeline with Accept: text/csv or ?format=csv|json) streams; the newest come first and the rest are left out (the `x-export-truncated: true` header says so).",
    expected: 'an integer from 1 to 1000000',
  }),
};
