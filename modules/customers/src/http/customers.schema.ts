import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { customerDetailSchema, customerSchema, noteSchema } from '../contracts/customer';

// Request and response shapes of /customers routes (house rule 8).

const C = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';

type PageConfig = Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>;

export const customerParams = z.object({ customer_id: z.string().uuid() }).meta({ example: { customer_id: C } });
export const phoneParams = z
  .object({ phone: z.string().min(3).max(40).describe('Any spelling: +55 11 98765-4321, 11987654321, +5411…') })
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
      .describe('Normalised to E.164; local numbers use CUSTOMER_DEFAULT_REGION.'),
    email: z.string().trim().email().max(320).optional(),
    note: z.string().trim().max(5000).optional(),
  })
  .meta({ example: { name: 'Ana Souza', phone: '(11) 98765-4321', email: 'ana@example.com' } });

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
      q: z.string().trim().max(200).optional().describe('Name, email or phone; tolerant of accents and typos.'),
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

export { customerDetailSchema, customerSchema, noteSchema };
