import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { professionalSchema, resourceSchema, serviceSchema } from '../contracts/resources';

// Request and response shapes of /agenda/professionals, /agenda/resources and /agenda/services.

const uuid = z.string().uuid();
const P = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';
const R = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e70';
const name = z.string().trim().min(1).max(200);

export const createProfessionalBody = z
  .object({
    name,
    user_id: uuid.nullish().describe('The workspace member this profile belongs to.'),
    specialty_ids: z.array(uuid).max(50).optional().describe('Specialties: clinical catalog entry ids.'),
    licence_number: z.string().trim().min(1).max(100).nullish(),
  })
  .meta({
    example: {
      name: 'Dra. Ana Souza',
      specialty_ids: ['0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e72'],
      licence_number: 'CRM-SP 123456',
    },
  });

export const createResourceBody = z
  .object({ name, kind: z.enum(['room', 'equipment']).optional().describe('Default room.') })
  .meta({ example: { name: 'Sala 1', kind: 'room' } });

const price = z.number().int().min(0).max(2_000_000_000).nullish().describe('Integer minor units of `currency`.');
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .nullish()
  .describe('ISO 4217 code of `price`.');

export const createServiceBody = z
  .object({
    name: name.optional().describe('Required unless catalog_entry_id gives it.'),
    duration_minutes: z
      .number()
      .int()
      .min(1)
      .max(1440)
      .optional()
      .describe('Required unless the catalog entry has one (its effective value, the override first).'),
    price,
    currency,
    professional_ids: z.array(uuid).max(200).optional().describe('Who may do it; empty or absent: anyone.'),
    resource_ids: z.array(uuid).max(50).optional().describe('The rooms or resources it may use (one per booking).'),
    catalog_entry_id: uuid
      .nullish()
      .describe('The clinical catalog procedure it sells; absent name, duration and price come from it.'),
  })
  .meta({ example: { name: 'Limpeza de pele', duration_minutes: 45, professional_ids: [P], resource_ids: [R] } });

export const professionalParams = z.object({ professional_id: uuid });
export const resourceParams = z.object({ resource_id: uuid });
export const serviceParams = z.object({ service_id: uuid });

export const setupQuery = (cfg: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) =>
  pageQuery(cfg).meta({ example: { limit: 50 } });

const pageOf = <T extends z.ZodType>(item: T) =>
  pageSchema(item).meta({ example: { items: [item.meta()?.example], next_cursor: null } });
export const professionalPage = pageOf(professionalSchema);
export const resourcePage = pageOf(resourceSchema);
export const servicePage = pageOf(serviceSchema);

const active = z.boolean().optional().describe('false takes it out of slot search; its appointments stay.');

export const updateProfessionalBody = z
  .object({
    name: name.optional(),
    user_id: uuid.nullish(),
    specialty_ids: z.array(uuid).max(50).optional(),
    licence_number: z.string().trim().min(1).max(100).nullish(),
    active,
  })
  .meta({ example: { licence_number: 'CRM-SP 654321', active: true } });

export const updateResourceBody = z
  .object({ name: name.optional(), kind: z.enum(['room', 'equipment']).optional(), active })
  .meta({ example: { name: 'Sala 1 (laser)' } });

export const updateServiceBody = z
  .object({
    name: name.optional(),
    duration_minutes: z.number().int().min(1).max(1440).optional(),
    professional_ids: z.array(uuid).max(200).optional(),
    resource_ids: z.array(uuid).max(50).optional(),
    catalog_entry_id: uuid.nullish().describe('A new procedure: absent duration and price come from it.'),
    price,
    currency,
    active,
  })
  .meta({ example: { duration_minutes: 60 } });
