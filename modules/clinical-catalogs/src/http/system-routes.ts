import { ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { updateGlobalEntry } from '../use-cases/update-global-entry';
import * as s from './entries.schema';
import { requestedLocale } from './locale';
import type { ClinicalCatalogRoutesOptions } from './routes';

// Platform administrators' operations on the global catalogs (like /system/events).
const ADMIN = { auth: 'admin' as const, permission: 'system:clinical_catalogs', versioned: true };

/** PATCH /system/clinical-catalogs/entries/{entry_id}: change a global entry for every workspace. */
export const clinicalCatalogSystemRoutes: FastifyPluginAsyncZod<ClinicalCatalogRoutesOptions> = async (
  app,
  { cache },
) => {
  app.patch(
    '/system/clinical-catalogs/entries/:entry_id',
    {
      config: ADMIN,
      schema: {
        operationId: 'updateGlobalClinicalCatalogEntry',
        summary: 'Change a global catalog entry (platform administrators)',
        description:
          'Every workspace sees the change, except in the fields its override sets. The answer shows the entry without any override.',
        tags: ['system'],
        params: s.entryParams,
        body: s.globalUpdateBody,
        response: { 200: s.effectiveEntrySchema },
      },
    },
    async (req) =>
      updateGlobalEntry({
        ctx: req.ctx,
        cache,
        input: {
          entryId: req.params.entry_id,
          textLocale: req.body.locale ?? req.ctx.locale ?? 'en',
          name: req.body.name,
          preparationNotes: req.body.preparation_notes,
          code: req.body.code,
          durationMinutes: req.body.duration_minutes,
          price: req.body.price,
          currency: req.body.currency,
          attributes: req.body.attributes,
          expectedVersion: ifMatchVersion(req),
          locale: requestedLocale(req),
        },
      }),
  );
};
