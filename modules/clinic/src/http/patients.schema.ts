import type { Config } from '@nexova/config';
import { documentInputSchema } from '@nexova/customers';
import { pageQuery, pageSchema } from '@nexova/http';
import { attachmentSchema } from '@nexova/payments';
import { z } from 'zod';
import { patientNoteSchema, patientSchema } from '../contracts/patient';
import { profileFields } from '../contracts/patient-fields';

// Request and response shapes of /patients routes (house rule 8).

const P = '0190f1c2-7d3a-7b41-9e4c-a1a1a1a1a1a1';
type PageConfig = Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>;

export const patientParams = z
  .object({ patient_id: z.string().uuid().meta({ example: P }) })
  .meta({ example: { patient_id: P } });

const newPerson = z
  .object({
    name: z.string().trim().min(1).max(200),
    phone: z.string().trim().min(3).max(40).optional().describe('Normalised to E.164 (workspace default region).'),
    email: z.string().trim().email().max(320).optional(),
    documents: z.array(documentInputSchema).max(9).optional().describe('Checked by their check digits.'),
  })
  .describe('A new person of the directory, created with the patient (phone and documents unique: 409).');

export const createBody = z
  .object({
    person_id: z.string().uuid().optional().describe('An existing person (customer) of the workspace…'),
    person: newPerson.optional().describe('…or a new one, created with the patient. Exactly one of the two.'),
    ...profileFields,
  })
  .meta({
    example: {
      person: {
        name: 'Ana Souza',
        phone: '(11) 98765-4321',
        documents: [{ type: 'cpf', number: '529.982.247-25' }],
      },
      birth_date: '1987-04-12',
      sex: 'female',
      allergies: [{ name: 'Penicillin', severity: 'severe', reaction: 'Anaphylaxis' }],
      alert_flags: ['anticoagulated'],
      emergency_contact: { name: 'João Souza', phone: '(11) 91234-5678', relationship: 'spouse' },
    },
  });

export const updateBody = z
  .object(profileFields)
  .meta({ example: { conditions: [{ name: 'Hypertension', icd10: 'I10', since: '2024-03-01' }] } });

export const listQuery = (cfg: PageConfig) =>
  z
    .object({
      q: z
        .string()
        .trim()
        .max(200)
        .optional()
        .describe("The person's name (accents and typos tolerated), phone, email or an exact document number."),
      person_id: z
        .string()
        .uuid()
        .optional()
        .describe('The clinical profile of this person of the directory (/customers/{customer_id}), if they have one.'),
      ...pageQuery(cfg).shape,
    })
    .meta({ example: { q: '529.982.247-25', limit: 20 } });

export const patientPage = pageSchema(patientSchema).meta({
  example: { items: [patientSchema.meta()?.example], next_cursor: null },
});

export const noteBody = z
  .object({ body: z.string().trim().min(1).max(20_000) })
  .meta({ example: { body: 'Reports dizziness after the new medication.' } });

export const notesQuery = (cfg: PageConfig) => pageQuery(cfg).meta({ example: { limit: 20 } });

export const notePage = pageSchema(patientNoteSchema).meta({
  example: { items: [patientNoteSchema.meta()?.example], next_cursor: null },
});

export { patientNoteSchema, patientSchema };

const exampleAttachment = {
  id: '0190f1c2-7d3a-7b41-9e4c-c3c3c3c3c3c3',
  content_type: 'application/pdf',
  size: 48213,
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  filename: 'hemograma.pdf',
  url: '/files/patients/0190f1c2-7d3a-7b41-9e4c-777777777777/0190f1c2-7d3a-7b41-9e4c-a1a1a1a1a1a1/0190f1c2-7d3a-7b41-9e4c-c3c3c3c3c3c3.pdf?expires=1768050000&sig=abc',
  url_expires_at: '2026-01-10T12:15:00.000Z',
  created_at: '2026-01-10T12:00:00.000Z',
};

export const attachmentResponse = attachmentSchema.meta({ example: exampleAttachment });

export const attachmentPage = pageSchema(attachmentSchema).meta({
  example: { items: [exampleAttachment], next_cursor: null },
});
