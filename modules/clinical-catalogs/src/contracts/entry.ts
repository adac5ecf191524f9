import { z } from 'zod';

/** The catalogs every workspace has: global entries shipped with Nexova plus its own. */
export const CATALOG_KINDS = [
  'specialty',
  'procedure',
  'disease',
  'allergy',
  'medication',
  'treatment_template',
] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

/** Fields a workspace override can set; listed in `overridden` when it does. */
export const OVERRIDE_FIELDS = ['hidden', 'alias', 'price', 'duration_minutes', 'preparation_notes'] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];

const EXAMPLE_ID = '0190f1c2-7d3a-7b41-9e4c-cccccccccccc';

/** One entry as a workspace sees it: the global entry ⊕ the workspace's override, or its own entry. */
export const effectiveEntrySchema = z
  .object({
    id: z.string().uuid(),
    catalog: z.enum(CATALOG_KINDS).describe('Which catalog the entry belongs to.'),
    source: z
      .enum(['global', 'workspace'])
      .describe('`global`: shipped with Nexova; `workspace`: this workspace’s own.'),
    key: z
      .string()
      .nullable()
      .describe('Stable name of a global entry (`general_consultation`); null for workspace entries.'),
    code: z
      .string()
      .nullable()
      .describe('ICD-10 code of a disease, ATC code of a medication, or the workspace’s code.'),
    name: z.string().describe('The alias when the workspace set one, else the name in `locale`.'),
    standard_name: z.string().describe('The entry’s own name in `locale` (ignores the alias).'),
    alias: z.string().nullable(),
    locale: z.string().describe('Locale of `standard_name`: the requested one, or the next in the fallback chain.'),
    hidden: z.boolean().describe('The workspace hid it: lists leave it out unless `include_hidden=true`.'),
    duration_minutes: z.number().int().nullable(),
    price: z.number().int().nullable().describe('Integer minor units of `currency`.'),
    currency: z.string().nullable().describe('ISO 4217 code of `price`.'),
    preparation_notes: z.string().nullable(),
    attributes: z.record(z.string(), z.unknown()).describe('Catalog-specific data (code system, category, sessions…).'),
    overridden: z
      .array(z.enum(OVERRIDE_FIELDS))
      .describe('Fields the workspace override sets; the rest follow the global entry.'),
    version: z.number().int().describe('Changes whenever the global entry or the override changes; the ETag.'),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: EXAMPLE_ID,
      catalog: 'procedure',
      source: 'global',
      key: 'general_consultation',
      code: null,
      name: 'Consulta clínica',
      standard_name: 'Consulta de clínica geral',
      alias: 'Consulta clínica',
      locale: 'pt-BR',
      hidden: false,
      duration_minutes: 30,
      price: 25000,
      currency: 'BRL',
      preparation_notes: 'Traga seus exames recentes.',
      attributes: { specialty_key: 'general_practice' },
      overridden: ['alias', 'price', 'preparation_notes'],
      version: 3,
      updated_at: '2026-11-27T21:05:00.000Z',
    },
  });
export type EffectiveEntry = z.infer<typeof effectiveEntrySchema>;
