import { type AppDeps, ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CatalogCache } from '../domain/catalog-cache';
import { createWorkspaceEntry } from '../use-cases/create-workspace-entry';
import { deleteWorkspaceEntry } from '../use-cases/delete-workspace-entry';
import { getEffectiveEntry } from '../use-cases/get-effective-entry';
import { listEffectiveEntries } from '../use-cases/list-effective-entries';
import { updateWorkspaceEntry } from '../use-cases/update-workspace-entry';
import { loadShippedCatalog } from './boot';
import * as s from './entries.schema';
import { requestedLocale } from './locale';
import { overrideRoutes } from './override-routes';

export type ClinicalCatalogRoutesOptions = { cache: CatalogCache };

const tags = ['clinical catalogs'];
const READ = 'clinical_catalogs:read';
const WRITE = 'clinical_catalogs:write';

/**
 * /clinical-catalogs/entries: the effective view, overrides and the workspace's own entries. Before
 * serving, the shipped global entries are written (idempotent; see loadGlobalCatalog).
 */
export const clinicalCatalogRoutes: FastifyPluginAsyncZod<ClinicalCatalogRoutesOptions & AppDeps> = async (
  app,
  { cache, database },
) => {
  await loadShippedCatalog(app, database, cache);
  const base = '/clinical-catalogs/entries';
  app.get(
    base,
    {
      config: { permission: READ },
      schema: {
        operationId: 'listClinicalCatalogEntries',
        summary: 'List and search a clinical catalog as the workspace sees it',
        description:
          'Global entries merged with the workspace’s overrides, plus its own entries, ordered by name in the caller’s locale (Accept-Language, else the workspace’s; then es → pt-BR → en).',
        tags,
        querystring: s.listQuery(app.config),
        response: { 200: s.entryPage },
      },
    },
    async (req) =>
      listEffectiveEntries({
        ctx: req.ctx,
        cache,
        input: {
          catalog: req.query.catalog,
          q: req.query.q,
          includeHidden: req.query.include_hidden === 'true',
          source: req.query.source,
          locale: requestedLocale(req),
          limit: req.query.limit,
          cursor: req.query.cursor,
        },
      }),
  );

  app.post(
    base,
    {
      config: { permission: WRITE, versioned: { ifMatch: false } },
      schema: {
        operationId: 'createClinicalCatalogEntry',
        summary: 'Add an entry of the workspace’s own to a catalog',
        tags,
        body: s.createBody,
        response: { 201: s.effectiveEntrySchema },
      },
    },
    async (req, reply) => {
      const entry = await createWorkspaceEntry({
        ctx: req.ctx,
        cache,
        input: {
          catalog: req.body.catalog,
          name: req.body.name,
          code: req.body.code,
          durationMinutes: req.body.duration_minutes,
          price: req.body.price,
          currency: req.body.currency,
          preparationNotes: req.body.preparation_notes,
          attributes: req.body.attributes,
          locale: requestedLocale(req),
          maxEntries: app.config.CLINICAL_CATALOG_WORKSPACE_ENTRIES_MAX,
        },
      });
      reply.code(201).header('location', `${app.prefix}/clinical-catalogs/entries/${entry.id}`);
      return entry;
    },
  );

  app.get(
    `${base}/:entry_id`,
    {
      config: { permission: READ, versioned: true },
      schema: {
        operationId: 'getClinicalCatalogEntry',
        summary: 'One catalog entry as the workspace sees it',
        tags,
        params: s.entryParams,
        response: { 200: s.effectiveEntrySchema },
      },
    },
    async (req) =>
      getEffectiveEntry({
        ctx: req.ctx,
        cache,
        input: { entryId: req.params.entry_id, locale: requestedLocale(req) },
      }),
  );

  app.patch(
    `${base}/:entry_id`,
    {
      config: { permission: WRITE, versioned: true },
      schema: {
        operationId: 'updateClinicalCatalogEntry',
        summary: 'Change one of the workspace’s own entries',
        description: 'Global entries answer 409 `clinical_catalog_entry_global`: use PUT …/override.',
        tags,
        params: s.entryParams,
        body: s.updateBody,
        response: { 200: s.effectiveEntrySchema },
      },
    },
    async (req) =>
      updateWorkspaceEntry({
        ctx: req.ctx,
        cache,
        input: {
          entryId: req.params.entry_id,
          name: req.body.name,
          code: req.body.code,
          durationMinutes: req.body.duration_minutes,
          price: req.body.price,
          currency: req.body.currency,
          preparationNotes: req.body.preparation_notes,
          attributes: req.body.attributes,
          expectedVersion: ifMatchVersion(req),
          locale: requestedLocale(req),
        },
      }),
  );

  app.delete(
    `${base}/:entry_id`,
    {
      config: { permission: WRITE, versioned: true },
      schema: {
        operationId: 'deleteClinicalCatalogEntry',
        summary: 'Delete one of the workspace’s own entries',
        description: 'Global entries answer 409 `clinical_catalog_entry_global`: hide them with PUT …/override.',
        tags,
        params: s.entryParams,
        response: { 204: s.noContent },
      },
    },
    async (req, reply) => {
      await deleteWorkspaceEntry({
        ctx: req.ctx,
        cache,
        input: {
          entryId: req.params.entry_id,
          expectedVersion: ifMatchVersion(req),
        },
      });
      reply.code(204);
      return null;
    },
  );

  await app.register(overrideRoutes, { cache });
};
