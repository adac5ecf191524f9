import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { CATALOG_KINDS, effectiveEntrySchema } from '../contracts/entry';

export { effectiveEntrySchema };

// Request and response shapes of /clinical-catalogs routes (house rule 8).

const E = '0190f1c2-7d3a-7b41-9e4c-cccccccccccc';
const catalog = z
  .enum(CATALOG_KINDS)
  .describe('Which catalog: specialty, procedure, disease (ICD-10), allergy, medication (ATC) or treatment_template.');

export const entryParams = z
  .object({ entry_id: z.string().uuid().meta({ example: E }) })
  .meta({ example: { entry_id: E } });

export const listQuery = (cfg: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) =>
  z
    .object({
      catalog,
      q: z
        .string()
        .trim()
        .max(200)
        .optional()
        .describe('Name (any locale), alias or code; tolerant of accents and typos.'),
      include_hidden: z
        .enum(['true', 'false'])
        .optional()
        .describe('`true` also lists the entries the workspace hid (to show them again).'),
      source: z.enum(['global', 'workspace']).optional().describe('Only global entries, or only the workspace’s own.'),
      ...pageQuery(cfg).shape,
    })
    .meta({ example: { catalog: 'procedure', q: 'consulta', limit: 20 } });

export const entryPage = pageSchema(effectiveEntrySchema).meta({
  example: { items: [effectiveEntrySchema.meta()?.example], next_cursor: null },
});

const minutes = z.number().int().min(1).max(1440).describe('Minutes, 1 to 1440.');
const price = z
  .number()
  .int()
  .min(0)
  .max(2_000_000_000)
  .describe('Integer minor units of `currency` (R$ 250,00 → 25000).');
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code in capitals, e.g. BRL')
  .describe('ISO 4217 code of `price`; send both or neither.');
const text = (max: number) => z.string().trim().max(max);
const attributes = z
  .record(z.string().max(100), z.unknown())
  .refine((o) => Object.keys(o).length <= 50, 'has more than 50 keys');

export const overrideBody = z
  .object({
    hidden: z.boolean().optional().describe('Hide the entry from this workspace’s lists.'),
    alias: text(200).min(1).nullable().optional().describe('The name this workspace uses for it.'),
    price: price.nullable().optional(),
    currency: currency.nullable().optional(),
    duration_minutes: minutes.nullable().optional(),
    preparation_notes: text(2000).nullable().optional().describe('What the patient should know or do beforehand.'),
  })
  .describe('The whole override: a field left out or null follows the global entry (and its future changes).')
  .meta({
    example: {
      alias: 'Consulta clínica',
      price: 25000,
      currency: 'BRL',
      preparation_notes: 'Traga seus exames recentes.',
    },
  });

const entryFields = {
  name: text(200).min(1).describe('Written in the caller’s locale (Accept-Language), else the workspace’s.'),
  code: text(50).min(1).nullable().optional().describe('The workspace’s own code.'),
  duration_minutes: minutes.nullable().optional(),
  price: price.nullable().optional(),
  currency: currency.nullable().optional(),
  preparation_notes: text(2000).nullable().optional(),
  attributes: attributes.optional().describe('Free catalog-specific data (at most 50 keys).'),
};

export const createBody = z.object({ catalog, ...entryFields }).meta({
  example: {
    catalog: 'procedure',
    name: 'Limpeza de pele profunda',
    duration_minutes: 60,
    price: 18000,
    currency: 'BRL',
  },
});

export const updateBody = z
  .object({ ...entryFields, name: entryFields.name.optional() })
  .meta({ example: { price: 19000, currency: 'BRL' } });

export const globalUpdateBody = z
  .object({
    locale: z
      .enum(['es', 'pt-BR', 'en'])
      .optional()
      .describe(
        'The locale `name` and `preparation_notes` are written in (default: Accept-Language); other locales keep theirs.',
      ),
    name: text(200).min(1).optional(),
    preparation_notes: text(2000).min(1).nullable().optional().describe('null removes the notes in `locale`.'),
    code: text(50).min(1).nullable().optional(),
    duration_minutes: minutes.nullable().optional(),
    price: price.nullable().optional(),
    currency: currency.nullable().optional(),
    attributes: attributes.optional(),
  })
  .meta({ example: { locale: 'pt-BR', name: 'Consulta de clínica médica', duration_minutes: 40 } });

export const noContent = z.null().meta({ example: null });
