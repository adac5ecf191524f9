import { z } from 'zod';
import { CONSENT_PURPOSES, CONSENT_SOURCES, CONSENT_STATUSES, LEGAL_BASES } from '../domain/consent';

const P = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';
const U = '0190f1c2-7d3a-7b41-9e4c-111111111111';

export const consentPurposeSchema = z.enum(CONSENT_PURPOSES).describe('What the data is used for.');
export const legalBasisSchema = z
  .enum(LEGAL_BASES)
  .describe(
    'LGPD art. 7/11 legal basis: consent, contract, legal_obligation, vital_interest, legitimate_interest, health_protection.',
  );
export const consentStatusSchema = z.enum(CONSENT_STATUSES);
export const consentSourceSchema = z.enum(CONSENT_SOURCES).describe('Where the decision was recorded.');

const decision = {
  purpose: consentPurposeSchema,
  legal_basis: legalBasisSchema,
  status: consentStatusSchema,
  source: consentSourceSchema,
  decided_at: z.string().describe('When the person granted or withdrew it (ISO 8601).'),
  recorded_by: z
    .object({ type: z.string(), id: z.string().nullable() })
    .describe('Who recorded it: the member or API key behind the request.'),
};

const exampleConsent = {
  person_id: P,
  purpose: 'marketing_whatsapp',
  legal_basis: 'consent',
  status: 'granted',
  source: 'whatsapp',
  decided_at: '2026-03-01T12:00:00.000Z',
  recorded_by: { type: 'user', id: U },
  version: 1,
  updated_at: '2026-03-01T12:00:00.000Z',
} as const;

/** A person's current consent for one purpose. */
export const consentSchema = z
  .object({
    person_id: z.string(),
    ...decision,
    version: z.number().int(),
    updated_at: z.string(),
  })
  .meta({ example: exampleConsent });
export type Consent = z.infer<typeof consentSchema>;

/** One recorded decision; the history keeps every grant and withdrawal. */
export const consentRecordSchema = z.object({ ...decision, version: z.number().int(), recorded_at: z.string() }).meta({
  example: {
    purpose: 'marketing_whatsapp',
    legal_basis: 'consent',
    status: 'granted',
    source: 'whatsapp',
    decided_at: '2026-03-01T12:00:00.000Z',
    recorded_by: { type: 'user', id: U },
    version: 1,
    recorded_at: '2026-03-01T12:00:00.000Z',
  },
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

/** A person's consents: the current one per purpose and the full history, newest first. */
export const personConsentsSchema = z
  .object({ person_id: z.string(), current: z.array(consentSchema), history: z.array(consentRecordSchema) })
  .meta({
    example: {
      person_id: P,
      current: [exampleConsent],
      history: [consentRecordSchema.meta()?.example],
    },
  });
export type PersonConsents = z.infer<typeof personConsentsSchema>;
