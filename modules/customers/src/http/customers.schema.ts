import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { customerAddressSchema } from '../contracts/address';
import { customerDetailSchema, customerSchema, noteSchema } from '../contracts/customer';
import { documentInputSchema } from '../contracts/document';

// Request and response shapes of /customers routes (house rule 8).

const C = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';

type PageConfig = Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>;

export const customerParams = z
  .object({ customer_id: z.string().uuid().meta({ example: C }) })
  .meta({ example: { customer_id: C } });
export const phoneParams = z
  .object({
    phone: z
      .string()
      .min(3)
      .max(40)
      .describe('Any spelling: +55 11 98765-4321, 11987654321, +5411…')
      .meta({ example: '+5511987654321' }),
  })
  .meta({ example: { phone: '+5511987654321' } });

export const createBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    phone: z
      .string()
      .trim()
      .min(3)
      .max(40)
      .optional()
      .describe('Normalised to E.164; local numbers use the workspace `default_phone_region`.'),
    email: z.string().trim().email().max(320).optional(),
    note: z.string().trim().max(5000).optional(),
    documents: z
      .array(documentInputSchema)
      .max(9)
      .optional()
      .describe('Identity documents, checked by their check digits; one another person holds → 409.'),
  })
  .meta({
    example: {
      name: 'Ana Souza',
      phone: '(11) 98765-4321',
      email: 'ana@example.com',
      documents: [{ type: 'cpf', number: '529.982.247-25' }],
    },
  });

export const updateBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    phone: z.string().trim().min(3).max(40).nullable().optional(),
    email: z.string().trim().email().max(320).nullable().optional(),
    expected_version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Deprecated: send If-Match instead. 412 if the customer changed since this version.'),
  })
  .meta({ example: { email: 'ana.souza@example.com' } });

export const listQuery = (cfg: PageConfig) =>
  z
    .object({
      q: z
        .string()
        .trim()
        .max(200)
        .optional()
        .describe(
          'A name (tolerant of accents and typos, matches part of it), or an exact phone (any spelling), e-mail address or identity document number: those are stored encrypted and match whole.',
        ),
      ...pageQuery(cfg).shape,
    })
    .meta({ example: { q: 'ana souza', limit: 20 } });

export const customerPage = pageSchema(customerSchema).meta({
  example: { items: [customerSchema.meta()?.example], next_cursor: null },
});

export const noteBody = z
  .object({ body: z.string().trim().min(1).max(5000) })
  .meta({ example: { body: 'Prefers delivery after 6pm' } });

export const mergeBody = z
  .object({ duplicate_id: z.string().uuid().describe('The customer folded into the one in the path.') })
  .meta({ example: { duplicate_id: '0190f1c2-7d3a-7b41-9e4c-ffffffffffff' } });

export const noContent = z.null().meta({ example: null });

const A = '0190f1c2-7d3a-7b41-9e4c-abababababab';
export const addressParams = z
  .object({ customer_id: z.string().uuid().meta({ example: C }), address_id: z.string().uuid().meta({ example: A }) })
  .meta({ example: { customer_id: C, address_id: A } });

const text = (max: number) => z.string().trim().max(max);
const addressFields = {
  label: text(50).nullable().optional().describe('"Casa", "Trabajo"…'),
  recipient: text(200).nullable().optional().describe('Who receives deliveries; omit for the customer.'),
  line1: text(200).min(1).describe('Street and number.'),
  line2: text(200).nullable().optional().describe('Apartment, floor, reference.'),
  city: text(100).min(1),
  region: text(100).nullable().optional().describe('State or province.'),
  postal_code: text(20).nullable().optional(),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'must be a 2-letter ISO 3166-1 country code')
    .describe('ISO 3166-1 alpha-2 code, e.g. BR, AR, MX.'),
  phone: text(40).nullable().optional().describe('Normalised to E.164; local numbers use the address country.'),
  is_default: z.boolean().optional(),
};

export const addressBody = z
  .object({
    ...addressFields,
    is_default: addressFields.is_default.describe(
      'Make it the default (the previous default stops being it). The first address is always the default.',
    ),
  })
  .meta({
    example: {
      label: 'Casa',
      line1: 'Rua Augusta, 1500',
      line2: 'Apto 42',
      city: 'São Paulo',
      region: 'SP',
      postal_code: '01304-001',
      country: 'BR',
      is_default: true,
    },
  });

export const addressPatch = z
  .object({
    ...addressFields,
    line1: addressFields.line1.optional(),
    city: addressFields.city.optional(),
    country: addressFields.country.optional(),
    is_default: addressFields.is_default.describe(
      'true makes it the default. A customer always has one: false on the default answers 400 naming is_default.',
    ),
  })
  .meta({ example: { line2: 'Apto 43', is_default: true } });

export { customerAddressSchema, customerDetailSchema, customerSchema, noteSchema };
