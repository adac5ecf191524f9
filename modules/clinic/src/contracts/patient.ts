import { type Person, personSchema } from '@nexova/customers';
import { z } from 'zod';
import { allergySchema, conditionSchema, emergencyContactSchema, SEXES } from './patient-fields';

const P = '0190f1c2-7d3a-7b41-9e4c-a1a1a1a1a1a1';

export const patientSchema = z
  .object({
    id: z.string().uuid(),
    person_id: z.string().uuid().describe('The person of the directory (the same id as /customers/{customer_id}).'),
    person: personSchema.nullable().describe('Name, phone, email and documents; null once the person was deleted.'),
    birth_date: z.string().nullable(),
    sex: z.enum(SEXES).nullable(),
    gender: z.string().nullable(),
    allergies: z.array(allergySchema),
    conditions: z.array(conditionSchema),
    alert_flags: z.array(z.string()),
    emergency_contact: emergencyContactSchema.nullable(),
    status: z.enum(['active', 'merged']),
    merged_into: z.string().uuid().nullable().describe('The surviving patient when this profile was merged.'),
    version: z.number().int().describe("The clinical profile's version (ETag); the person has its own."),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: P,
      person_id: '0190f1c2-7d3a-7b41-9e4c-dddddddddddd',
      person: personSchema.meta()?.example,
      birth_date: '1987-04-12',
      sex: 'female',
      gender: 'woman',
      allergies: [{ name: 'Penicillin', severity: 'severe', reaction: 'Anaphylaxis' }],
      conditions: [{ name: 'Type 2 diabetes', icd10: 'E11.9', since: '2019-01-01' }],
      alert_flags: ['anticoagulated'],
      emergency_contact: { name: 'João Souza', phone: '+5511912345678', relationship: 'spouse' },
      status: 'active',
      merged_into: null,
      version: 1,
      created_at: '2026-01-10T12:00:00.000Z',
      updated_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type Patient = z.infer<typeof patientSchema>;

export type PatientRow = {
  id: string;
  personId: string;
  birthDate: string | null;
  sex: string | null;
  gender: string | null;
  allergies: Patient['allergies'];
  conditions: Patient['conditions'];
  alertFlags: string[];
  emergencyContact: Patient['emergency_contact'];
  status: string;
  mergedInto: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export const toPatient = (r: PatientRow, person: Person | null): Patient => ({
  id: r.id,
  person_id: r.personId,
  person,
  birth_date: r.birthDate,
  sex: r.sex as Patient['sex'],
  gender: r.gender,
  allergies: r.allergies,
  conditions: r.conditions,
  alert_flags: r.alertFlags,
  emergency_contact: r.emergencyContact,
  status: r.status as Patient['status'],
  merged_into: r.mergedInto,
  version: r.version,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});

export const patientNoteSchema = z
  .object({
    id: z.string().uuid(),
    patient_id: z.string().uuid(),
    body: z.string(),
    author: z.object({ type: z.string(), id: z.string().nullable() }).describe('Who wrote it (the actor).'),
    created_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-b2b2b2b2b2b2',
      patient_id: P,
      body: 'Reports dizziness after the new medication.',
      author: { type: 'user', id: '0190f1c2-7d3a-7b41-9e4c-1a1a1a1a1a1a' },
      created_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type PatientNote = z.infer<typeof patientNoteSchema>;
