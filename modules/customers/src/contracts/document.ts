import { z } from 'zod';
import { DOCUMENT_TYPES } from '../domain/documents/identity-document';

export const documentTypeSchema = z
  .enum(DOCUMENT_TYPES)
  .describe('cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).');

/** An identity document as the API shows it (number normalised: upper case, no separators). */
export const personDocumentSchema = z
  .object({
    id: z.string().uuid(),
    person_id: z.string().uuid(),
    type: documentTypeSchema,
    country: z.string().describe('ISO 3166-1 alpha-2 of the issuing country.'),
    number: z.string().describe('Normalised: upper case, no dots, dashes, slashes or spaces.'),
    created_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-d0d0d0d0d0d0',
      person_id: '0190f1c2-7d3a-7b41-9e4c-dddddddddddd',
      type: 'cpf',
      country: 'BR',
      number: '52998224725',
      created_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type PersonDocument = z.infer<typeof personDocumentSchema>;

/** What a caller sends: a type and the number in any usual spelling (529.982.247-25). */
export const documentInputSchema = z
  .object({
    type: documentTypeSchema,
    number: z.string().trim().min(1).max(40).describe('Any usual spelling; checked by its check digits.'),
  })
  .meta({ example: { type: 'cpf', number: '529.982.247-25' } });
export type DocumentInput = z.infer<typeof documentInputSchema>;

type Row = { id: string; customerId: string; type: string; country: string; number: string; createdAt: Date };

export const toPersonDocument = (r: Row): PersonDocument => ({
  id: r.id,
  person_id: r.customerId,
  type: r.type as PersonDocument['type'],
  country: r.country,
  number: r.number,
  created_at: r.createdAt.toISOString(),
});
