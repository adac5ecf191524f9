import { z } from 'zod';

// Agenda's public shapes of who and what can be booked: professionals, resources (rooms) and services.

const P = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';
const R = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e70';
const S = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e71';
const C = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e72';
const U = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e73';
const at = '2026-01-10T12:00:00.000Z';

export const professionalSchema = z
  .object({
    id: z.string().uuid(),
    user_id: z.string().uuid().nullable().describe('The workspace member this profile belongs to.'),
    name: z.string(),
    specialty_ids: z.array(z.string().uuid()).describe('Specialties (clinical catalog entry ids).'),
    licence_number: z.string().nullable().describe('Professional licence (CRM, matrícula…).'),
    active: z.boolean(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: P,
      user_id: U,
      name: 'Dra. Ana Souza',
      specialty_ids: [C],
      licence_number: 'CRM-SP 123456',
      active: true,
      version: 1,
      created_at: at,
      updated_at: at,
    },
  });
export type Professional = z.infer<typeof professionalSchema>;

export const resourceSchema = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(['room', 'equipment']).describe('A room, or another bookable resource.'),
    name: z.string(),
    active: z.boolean(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: { id: R, kind: 'room', name: 'Sala 1', active: true, version: 1, created_at: at, updated_at: at },
  });
export type Resource = z.infer<typeof resourceSchema>;

export const serviceSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    duration_minutes: z.number().int(),
    professional_ids: z.array(z.string().uuid()).describe('Who may do it; empty: any active professional.'),
    resource_ids: z
      .array(z.string().uuid())
      .describe('The resources (rooms) it may use; a booking takes one of them. Empty: it needs none.'),
    catalog_entry_id: z.string().uuid().nullable().describe('The clinical catalog procedure it sells, if any.'),
    price: z
      .number()
      .int()
      .nullable()
      .describe('Integer minor units of `currency`; from the catalog entry unless set.'),
    currency: z.string().nullable().describe('ISO 4217 code of `price`.'),
    active: z.boolean(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: S,
      name: 'Limpeza de pele',
      duration_minutes: 45,
      professional_ids: [P],
      resource_ids: [R],
      catalog_entry_id: C,
      price: 18000,
      currency: 'BRL',
      active: true,
      version: 1,
      created_at: at,
      updated_at: at,
    },
  });
export type Service = z.infer<typeof serviceSchema>;
