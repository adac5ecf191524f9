import { defineEvent } from '@nexova/events';
import { z } from 'zod';

export const patientCreated = defineEvent({
  type: 'clinic.patient.created',
  version: 1,
  aggregate: 'patient',
  description:
    'A clinical profile was opened for a person of the directory (an existing one, or one created with it: `person_created`).',
  payload: z.object({
    patient_id: z.string().uuid(),
    person_id: z.string().uuid(),
    person_created: z.boolean(),
  }),
});

export const patientUpdated = defineEvent({
  type: 'clinic.patient.updated',
  version: 1,
  aggregate: 'patient',
  description: "A patient's clinical profile changed; `changed` names the fields (their values are not in the event).",
  payload: z.object({ patient_id: z.string().uuid(), changed: z.array(z.string()), version: z.number().int() }),
});

export const patientMerged = defineEvent({
  type: 'clinic.patient.merged',
  version: 1,
  aggregate: 'patient',
  description:
    'After two people were merged, their clinical profiles became one: `merged_patient_id` folded into `patient_id` (notes and attachments moved), or, when only the duplicate person had a profile, that profile moved to the surviving person (`merged_patient_id` null).',
  payload: z.object({
    patient_id: z.string().uuid(),
    merged_patient_id: z.string().uuid().nullable(),
    person_id: z.string().uuid(),
    merged_person_id: z.string().uuid(),
  }),
});
