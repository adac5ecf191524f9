import { z } from 'zod';
import {
  consentPurposeSchema,
  consentSchema,
  consentSourceSchema,
  consentStatusSchema,
  legalBasisSchema,
  personConsentsSchema,
} from '../contracts/consent';

// Request and response shapes of the consent routes (house rule 8).

const P = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';

export const personParams = z
  .object({ person_id: z.string().uuid().meta({ example: P }) })
  .meta({ example: { person_id: P } });

export const consentParams = z
  .object({ person_id: z.string().uuid().meta({ example: P }), purpose: consentPurposeSchema })
  .meta({ example: { person_id: P, purpose: 'marketing_whatsapp' } });

export const consentBody = z
  .object({
    status: consentStatusSchema,
    legal_basis: legalBasisSchema,
    source: consentSourceSchema,
    decided_at: z.iso
      .datetime({ offset: true })
      .optional()
      .describe('When the person decided (ISO 8601); absent: now.'),
    expected_version: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('The version this decision is based on (0: none recorded yet); or send If-Match.'),
  })
  .strict()
  .meta({ example: { status: 'granted', legal_basis: 'consent', source: 'whatsapp' } });

export { consentSchema, personConsentsSchema };
