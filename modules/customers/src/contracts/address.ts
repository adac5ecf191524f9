import { z } from 'zod';

// A customer's delivery address: what the API answers and orders prefill a delivery from.

export const customerAddressSchema = z
  .object({
    id: z.string().uuid(),
    label: z.string().nullable().describe('The customer\'s name for it: "Casa", "Trabajo"…'),
    recipient: z.string().nullable().describe('Who receives the delivery; null means the customer.'),
    line1: z.string().describe('Street and number.'),
    line2: z.string().nullable().describe('Apartment, floor, reference.'),
    city: z.string(),
    region: z.string().nullable().describe('State or province.'),
    postal_code: z.string().nullable(),
    country: z.string().describe('ISO 3166-1 alpha-2 code.'),
    phone: z.string().nullable().describe('E.164; a contact phone for this address.'),
    is_default: z.boolean().describe('The address orders prefill; exactly one while the customer has any.'),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-abababababab',
      label: 'Casa',
      recipient: 'Ana Souza',
      line1: 'Rua Augusta, 1500',
      line2: 'Apto 42',
      city: 'São Paulo',
      region: 'SP',
      postal_code: '01304-001',
      country: 'BR',
      phone: '+5511987654321',
      is_default: true,
      version: 1,
      created_at: '2026-01-10T12:00:00.000Z',
      updated_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type CustomerAddress = z.infer<typeof customerAddressSchema>;

type Row = {
  id: string;
  label: string | null;
  recipient: string | null;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string | null;
  country: string;
  phone: string | null;
  isDefault: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export const toAddress = (r: Row): CustomerAddress => ({
  id: r.id,
  label: r.label,
  recipient: r.recipient,
  line1: r.line1,
  line2: r.line2,
  city: r.city,
  region: r.region,
  postal_code: r.postalCode,
  country: r.country,
  phone: r.phone,
  is_default: r.isDefault,
  version: r.version,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});
