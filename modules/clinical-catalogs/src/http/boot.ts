import type { AppDeps } from '@nexova/http';
import { systemContext } from '@nexova/kernel';
import type { FastifyPluginAsync } from 'fastify';
import { loadGlobalCatalog } from '../use-cases/load-global-catalog';
import type { ClinicalCatalogRoutesOptions } from './routes';

/**
 * Writes the shipped global catalogs when the API starts (idempotent: a no-op once this version is
 * in; a newer shipped version updates the rows it changed). Registers no route.
 */
export const loadGlobalCatalogOnStart: FastifyPluginAsync<ClinicalCatalogRoutesOptions & AppDeps> = async (
  app,
  { cache, database },
) => {
  const result = await loadGlobalCatalog({ ctx: { ...systemContext(), db: database.db }, cache });
  if (result.inserted || result.updated) app.log.info(result, 'clinical catalogs: shipped global entries written');
};
