import { z } from 'zod';
import { type CustomerAddress, customerAddressSchema } from './address';

export const customerSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    phone: z.string().nullable().describe('E.164.'),
    email: z.string().nullable(),
    status: z.enum(['active', 'merged']),
    merged_into: z.string().uuid().nullable(),
    erased_at: z
      .string()
      .nullable()
      .describe(
        'When the person was erased: the name is a pseudonym and their contacts, documents, addresses and notes are gone.',
      ),
    addresses: z
      .array(customerAddressSchema)
      .describe('Where the customer receives deliveries; exactly one is_default while any exist.'),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-dddddddddddd',
      name: 'Ana Souza',
      phone: '+5511987654321',
      email: 'ana@example.com',
      status: 'active',
      merged_into: null,
      erased_at: null,
      addresses: [customerAddressSchema.meta()?.example],
      version: 1,
      created_at: '2026-01-10T12:00:00.000Z',
      updated_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type Customer = z.infer<typeof customerSchema>;

export const noteSchema = z
  .object({
    id: z.string().uuid(),
    body: z.string(),
    actor: z.object({ type: z.string(), id: z.string().nullable() }),
    created_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-0e0e0e0e0e0e',
      body: 'Prefers delivery after 6 pm.',
      actor: { type: 'user', id: '0190f1c2-7d3a-7b41-9e4c-1a1a1a1a1a1a' },
      created_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type CustomerNote = z.infer<typeof noteSchema>;

export const customerDetailSchema = customerSchema.extend({ notes: z.array(noteSchema) }).meta({
  example: {
    ...(customerSchema.meta()?.example as object),
    notes: [
      {
        id: '0190f1c2-7d3a-7b41-9e4c-eeeeeeeeeeee',
        body: 'Prefers delivery after 6pm',
        actor: { type: 'user', id: null },
        created_at: '2026-01-10T12:00:00.000Z',
      },
    ],
  },
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

type Row = {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  status: string;
  mergedInto: string | null;
  erasedAt?: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export const toCustomer = (r: Row, addresses: CustomerAddress[]): Customer => ({
  id: r.id,
  name: r.name,
  phone: r.phone,
  email: r.email,
  status: r.status as Customer['status'],
  merged_into: r.mergedInto,
  erased_at: r.erasedAt?.toISOString() ?? null,
  addresses,
  version: r.version,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});
