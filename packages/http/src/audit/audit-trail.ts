import type { AuditWriter } from '@nexova/db';
import type { AuditNote } from '@nexova/kernel';
import fp from 'fastify-plugin';
import { infrastructureOptions } from '../plugin-options';
import { auditCategoryOf, auditSeverityOf } from './audit-category';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type AuditTrailOptions = {
  /** The audit module's writer; absent → no audit trail (a bench knob, AUDIT_ENABLED=false). */
  write?: AuditWriter;
};

/**
 * Opens an audit note on every state-changing API request (POST, PUT, PATCH, DELETE): its action is
 * the route's operationId, its category and severity follow from the route. The outermost write
 * transaction of the request persists it right before COMMIT (withTransaction → flushAudit), so a
 * request writes exactly one entry, with its effect, and none when it fails. An idempotent replay
 * marks it skipped (nothing changed). Reads never open one.
 */
export const auditTrail = fp<AuditTrailOptions>(async (app, options) => {
  const write = options.write;
  if (!write) return;
  app.addHook('preHandler', async (request) => {
    const { method, routeOptions } = request;
    if (!MUTATING.has(method) || routeOptions.config?.api !== true) return;
    const url = routeOptions.url ?? request.url;
    const schema = routeOptions.schema as { operationId?: string } | undefined;
    const category = auditCategoryOf(url, routeOptions.config?.permission);
    const note: AuditNote = {
      action: schema?.operationId ?? `${method} ${url}`,
      category,
      severity: auditSeverityOf(method, category),
      state: 'open',
    };
    request.ctx = { ...request.ctx, audit: { note, write } };
  });
}, infrastructureOptions('nexova-audit-trail'));
