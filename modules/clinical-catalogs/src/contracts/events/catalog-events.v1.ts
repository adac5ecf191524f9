import { defineEvent } from '@nexova/events';
import { z } from 'zod';
import { CATALOG_KINDS, OVERRIDE_FIELDS } from '../entry';

export const overrideChanged = defineEvent({
  type: 'clinical_catalogs.override.changed',
  version: 1,
  aggregate: 'clinical_catalog_entry',
  description:
    'A workspace changed or cleared its override of a global catalog entry; `overridden` lists the fields it now sets (empty: the entry follows the global one again).',
  payload: z.object({
    entry_id: z.string().uuid(),
    catalog: z.enum(CATALOG_KINDS),
    overridden: z.array(z.enum(OVERRIDE_FIELDS)),
    version: z.number().int(),
  }),
});

export const entryCreated = defineEvent({
  type: 'clinical_catalogs.entry.created',
  version: 1,
  aggregate: 'clinical_catalog_entry',
  description: 'A workspace added an entry of its own to a clinical catalog.',
  payload: z.object({ entry_id: z.string().uuid(), catalog: z.enum(CATALOG_KINDS), name: z.string() }),
});

export const entryUpdated = defineEvent({
  type: 'clinical_catalogs.entry.updated',
  version: 1,
  aggregate: 'clinical_catalog_entry',
  description: 'A workspace changed one of its own catalog entries; `changed` names the fields.',
  payload: z.object({
    entry_id: z.string().uuid(),
    catalog: z.enum(CATALOG_KINDS),
    changed: z.array(z.string()),
    version: z.number().int(),
  }),
});

export const entryDeleted = defineEvent({
  type: 'clinical_catalogs.entry.deleted',
  version: 1,
  aggregate: 'clinical_catalog_entry',
  description: 'A workspace deleted one of its own catalog entries.',
  payload: z.object({ entry_id: z.string().uuid(), catalog: z.enum(CATALOG_KINDS) }),
});

export const globalEntryUpdated = defineEvent({
  type: 'clinical_catalogs.global_entry.updated',
  version: 1,
  aggregate: 'clinical_catalog_entry',
  description:
    'A global catalog entry changed (a platform admin, or a newer shipped seed): every workspace that did not override a changed field sees the new value. Published outside any workspace.',
  payload: z.object({
    entry_id: z.string().uuid(),
    catalog: z.enum(CATALOG_KINDS),
    changed: z.array(z.string()),
    version: z.number().int(),
  }),
});
