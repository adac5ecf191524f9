import { z } from 'zod';

const ID = '01938f9e-1c2a-7b3d-9e4f-5a6b7c8d9e0f';
const CREATED = '2026-01-15T10:00:00.000Z';

export const settingsSchema = z.object({
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .describe('ISO 4217 code')
    .default('USD'),
  timezone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone')
    .describe('IANA time zone')
    .default('UTC'),
  locale: z.enum(['es', 'pt-BR', 'en']).default('es'),
  modules: z
    .array(z.enum(['shop', 'clinic']))
    .min(1)
    .transform((m) => [...new Set(m)])
    .describe('Enabled modules: shop, clinic or both')
    .default(['shop']),
});

const slug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/, 'lower-case letters, digits and hyphens, 3–50 characters')
  .describe('Unique URL name');

export const createWorkspaceBody = z
  .object({ name: z.string().trim().min(1).max(120), slug, settings: settingsSchema.optional() })
  .meta({
    example: {
      name: 'Clínica Sorriso',
      slug: 'clinica-sorriso',
      settings: { currency: 'BRL', timezone: 'America/Sao_Paulo', locale: 'pt-BR', modules: ['clinic', 'shop'] },
    },
  });

export const updateWorkspaceBody = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    slug: slug.optional(),
    settings: z
      .object({
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .optional(),
        timezone: z.string().min(1).optional(),
        locale: z.enum(['es', 'pt-BR', 'en']).optional(),
        modules: z
          .array(z.enum(['shop', 'clinic']))
          .min(1)
          .optional(),
      })
      .optional(),
  })
  .meta({ example: { name: 'Clínica Sorriso Centro', settings: { modules: ['clinic'] } } });

export const workspaceView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    settings: z.object({
      currency: z.string(),
      timezone: z.string(),
      locale: z.string(),
      modules: z.array(z.enum(['shop', 'clinic'])),
    }),
    role: z.string().nullable().describe("The caller's role here"),
    version: z.number().int().describe('Bumped by every change (the ETag; send it in If-Match).'),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({
    example: {
      id: ID,
      name: 'Clínica Sorriso',
      slug: 'clinica-sorriso',
      settings: { currency: 'BRL', timezone: 'America/Sao_Paulo', locale: 'pt-BR', modules: ['clinic', 'shop'] },
      role: 'Owner',
      version: 1,
      createdAt: CREATED,
      updatedAt: CREATED,
    },
  });

export const workspaceList = z
  .object({ data: z.array(workspaceView.omit({ version: true })) })
  .meta({ example: { data: [] } });

export const workspaceParams = z.object({ workspaceId: z.uuid().describe('The workspace (same as x-workspace-id)') });

export const permissionList = z
  .object({ data: z.array(z.object({ name: z.string(), description: z.string() })) })
  .meta({ example: { data: [{ name: 'orders:read', description: 'See orders.' }] } });
