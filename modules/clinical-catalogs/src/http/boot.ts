import type { DatabaseHandle } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import type { FastifyInstance } from 'fastify';
import type { CatalogCache } from '../domain/catalog-cache';
import { loadGlobalCatalog } from '../use-cases/load-global-catalog';

/**
 * Writes the shipped global catalogs when the API starts (idempotent: a no-op once this version is
 * in; a newer shipped version updates the rows it changed) and logs what it wrote.
 */
export async function loadShippedCatalog(app: FastifyInstance, database: DatabaseHandle, cache: CatalogCache) {
  const result = await loadGlobalCatalog({ ctx: { ...systemContext(), db: database.db }, cache });
  if (result.inserted || result.updated) app.log.info(result, 'clinical catalogs: shipped global entries written');
}
