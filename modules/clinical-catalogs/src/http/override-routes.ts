import { ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CatalogCache } from '../domain/catalog-cache';
import { clearOverride } from '../use-cases/clear-override';
import { putOverride } from '../use-cases/put-override';
import * as s from './entries.schema';
import { requestedLocale } from './locale';

const tags = ['clinical catalogs'];
const WRITE = 'clinical_catalogs:write';
const base = '/clinical-catalogs/entries';

/** /clinical-catalogs/entries/{entry_id}/override: a workspace's changes to a global entry. */
export const overrideRoutes: FastifyPluginAsyncZod<{ cache: CatalogCache }> = async (app, { cache }) => {
  app.put(
    `${base}/:entry_id/override`,
    {
      config: { permission: WRITE, versioned: true },
      schema: {
        operationId: 'putClinicalCatalogOverride',
        summary: 'Set the workspace’s override of a global entry',
        description:
          'Replaces the override whole. Each field left out or null follows the global entry, including its later changes. If-Match takes the entry’s ETag.',
        tags,
        params: s.entryParams,
        body: s.overrideBody,
        response: { 200: s.effectiveEntrySchema },
      },
    },
    async (req) =>
      putOverride({
        ctx: req.ctx,
        cache,
        input: {
          entryId: req.params.entry_id,
          hidden: req.body.hidden,
          alias: req.body.alias,
          price: req.body.price,
          currency: req.body.currency,
          durationMinutes: req.body.duration_minutes,
          preparationNotes: req.body.preparation_notes,
          expectedVersion: ifMatchVersion(req),
          locale: requestedLocale(req),
        },
      }),
  );

  app.delete(
    `${base}/:entry_id/override`,
    {
      config: { permission: WRITE, versioned: true },
      schema: {
        operationId: 'deleteClinicalCatalogOverride',
        summary: 'Drop the workspace’s override: the entry follows the global one again',
        tags,
        params: s.entryParams,
        response: { 200: s.effectiveEntrySchema },
      },
    },
    async (req) =>
      clearOverride({
        ctx: req.ctx,
        cache,
        input: {
          entryId: req.params.entry_id,
          expectedVersion: ifMatchVersion(req),
          locale: requestedLocale(req),
        },
      }),
  );
};
