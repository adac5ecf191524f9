import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CATALOG_KINDS } from '../contracts/entry';
import shipped from '../seed/global-catalog.json';

// The global catalogs shipped with Nexova, as data (seed/global-catalog.json): a small curated set
// per catalog in es, pt-BR and en, diseases by their ICD-10 (WHO) code and title, medications by
// their ATC code. `version` is raised whenever the file changes; a start with a newer version
// rewrites the global rows it changed (see loadGlobalCatalog).

const localized = z.object({ es: z.string().min(1), 'pt-BR': z.string().min(1), en: z.string().min(1) });

const shippedEntry = z.object({
  kind: z.enum(CATALOG_KINDS),
  key: z.string().regex(/^[a-z0-9_]+$/),
  code: z.string().optional(),
  names: localized,
  preparation_notes: localized.optional(),
  duration_minutes: z.number().int().positive().optional(),
  price: z.object({ amount: z.number().int().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) }).optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
});
export type ShippedEntry = z.infer<typeof shippedEntry>;

export const shippedCatalogSchema = z.object({ version: z.number().int().positive(), entries: z.array(shippedEntry) });
export type ShippedCatalog = z.infer<typeof shippedCatalogSchema>;

/** The catalog this build ships (validated once, on first use). */
export const shippedCatalog = (): ShippedCatalog => shippedCatalogSchema.parse(shipped);

/** A global entry's id: the same on every installation (a UUIDv8 from its catalog and key). */
export function globalEntryId(kind: string, key: string): string {
  const h = createHash('sha256').update(`nexova:clinical_catalogs:${kind}:${key}`).digest('hex');
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
