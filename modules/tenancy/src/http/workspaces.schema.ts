import type { Config } from '@nexova/config';
import { LOCATION_HEADER, pageSchema } from '@nexova/http';
import { z } from 'zod';

const ID = '01938f9e-1c2a-7b3d-9e4f-5a6b7c8d9e0f';
const CREATED = '2026-01-15T10:00:00.000Z';
const SETTINGS = {
  default_currency: 'BRL',
  default_phone_region: 'BR',
  timezone: 'America/Sao_Paulo',
  locale: 'pt-BR',
  modules: ['clinic', 'shop'],
} as const;

const LISTED = {
  id: ID,
  name: 'Clínica Sorriso',
  slug: 'clinica-sorriso',
  settings: SETTINGS,
  role: 'Owner',
  created_at: CREATED,
  updated_at: CREATED,
};

/** The currency a new workspace starts with when it names none. */
export const DEFAULT_CURRENCY = 'BRL';

const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as BRL')
  .describe('ISO 4217 code: the currency of products and CSV imports that name none');
const phoneRegion = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as BR')
  .describe('ISO 3166-1 alpha-2 country assumed for phone numbers written without +country code');
const timezone = z
  .string()
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone')
  .describe('IANA time zone');
const locale = z.enum(['es', 'pt-BR', 'en']).describe('Language of mail and documents of the workspace');
const modules = z
  .array(z.enum(['shop', 'clinic']))
  .min(1)
  .transform((m) => [...new Set(m)])
  .describe('Enabled modules: shop, clinic or both');

/** Settings of a new workspace; what is left out takes its default (the phone region: CUSTOMER_DEFAULT_REGION). */
export const settingsSchema = (config: Pick<Config, 'CUSTOMER_DEFAULT_REGION'>) =>
  z.object({
    default_currency: currency.default(DEFAULT_CURRENCY),
    default_phone_region: phoneRegion.default(config.CUSTOMER_DEFAULT_REGION),
    timezone: timezone.default('UTC'),
    locale: locale.default('es'),
    modules: modules.default(['shop']),
  });

const slug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/, 'lower-case letters, digits and hyphens, 3–50 characters')
  .describe('Unique URL name');

export const createWorkspaceBody = (config: Pick<Config, 'CUSTOMER_DEFAULT_REGION'>) =>
  z
    .object({
      name: z.string().trim().min(1).max(120),
      slug: slug.optional().describe('Unique URL name; left out, one is made from the name (a suffix when taken)'),
      settings: settingsSchema(config).optional(),
    })
    .meta({ example: { name: 'Clínica Sorriso', slug: 'clinica-sorriso', settings: SETTINGS } });

export const updateWorkspaceBody = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    slug: slug.optional(),
    settings: z
      .object({
        default_currency: currency.optional(),
        default_phone_region: phoneRegion.optional(),
        timezone: timezone.optional(),
        locale: locale.optional(),
        modules: modules.optional(),
      })
      .optional(),
  })
  .meta({ example: { name: 'Clínica Sorriso Centro', settings: { modules: ['clinic'], default_currency: 'BRL' } } });

export const workspaceView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    settings: z.object({
      default_currency: z.string(),
      default_phone_region: z.string(),
      timezone: z.string(),
      locale: z.string(),
      modules: z.array(z.enum(['shop', 'clinic'])),
    }),
    role: z.string().nullable().describe("The caller's role here"),
    version: z.number().int().describe('Bumped by every change (the ETag; send it in If-Match).'),
    created_at: z.date(),
    updated_at: z.date(),
  })
  .meta({ example: { ...LISTED, version: 1 } });

/** A 201 answer: `schema` with its Location header documented. */
export const created = <T extends z.ZodType>(schema: T) =>
  schema.meta({ ...schema.meta(), headers: { location: LOCATION_HEADER } });

/** A 204 answer: no body. */
export const noContent = z.null().meta({ example: null });

export const workspaceList = pageSchema(workspaceView.omit({ version: true })).meta({
  example: { items: [LISTED], next_cursor: null },
});

export const workspaceParams = z.object({ workspace_id: z.uuid().describe('The workspace') });

export const permissionList = pageSchema(z.object({ name: z.string(), description: z.string() })).meta({
  example: { items: [{ name: 'orders:read', description: 'See orders.' }], next_cursor: null },
});
