import { z } from 'zod';

// The clinical fields of a patient record, shared by requests, responses and the stored JSON.

const label = z.string().trim().min(1).max(200);

export const SEXES = ['female', 'male', 'intersex', 'unknown'] as const;

export const allergySchema = z.object({
  name: label.describe('The substance ("Penicillin", "Latex").'),
  severity: z.enum(['mild', 'moderate', 'severe']).nullable().default(null),
  reaction: z.string().trim().max(500).nullable().default(null),
});
export type Allergy = z.infer<typeof allergySchema>;

export const conditionSchema = z.object({
  name: label.describe('"Type 2 diabetes", "Hypertension".'),
  icd10: z
    .string()
    .trim()
    .regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10 code such as E11 or E11.9')
    .nullable()
    .default(null)
    .describe('ICD-10 code, e.g. E11.9.'),
  since: z.iso.date().nullable().default(null),
});
export type Condition = z.infer<typeof conditionSchema>;

export const emergencyContactSchema = z.object({
  name: label,
  phone: z.string().trim().min(3).max(40).describe('Normalised to E.164 (workspace default region).'),
  relationship: z.string().trim().max(100).nullable().default(null),
});
export type EmergencyContact = z.infer<typeof emergencyContactSchema>;

export const alertFlagSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .describe('A warning shown wherever the patient appears ("anticoagulated", "latex allergy").');

/** The clinical profile fields a create or update may set (all optional on update). */
export const profileFields = {
  birth_date: z.iso.date().nullable().optional().describe('YYYY-MM-DD; not in the future.'),
  sex: z.enum(SEXES).nullable().optional().describe('Sex recorded for clinical purposes.'),
  gender: z.string().trim().max(100).nullable().optional().describe('Gender identity, as the patient states it.'),
  allergies: z.array(allergySchema).max(100).optional(),
  conditions: z.array(conditionSchema).max(100).optional(),
  alert_flags: z.array(alertFlagSchema).max(50).optional(),
  emergency_contact: emergencyContactSchema.nullable().optional(),
};
export const profileInput = z.object(profileFields);
export type ProfileInput = z.infer<typeof profileInput>;
