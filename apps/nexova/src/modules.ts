import { agendaModule, type ReminderSettings, reminderTokens } from '@nexova/agenda';
import { type AgentRuntime, agentModule, agentRuntime } from '@nexova/agent';
import { appendEntry, auditModule } from '@nexova/audit';
import { billingModule } from '@nexova/billing';
import { catalogModule } from '@nexova/catalog';
import { checkoutModule } from '@nexova/checkout';
import { clinicModule } from '@nexova/clinic';
import { CatalogCache, clinicalCatalogsModule } from '@nexova/clinical-catalogs';
import { conversationsModule } from '@nexova/conversations';
import { customersModule } from '@nexova/customers';
import { dataRightsModule } from '@nexova/data-rights';
import type { AuditWriter, DatabaseHandle } from '@nexova/db';
import {
  type AppDeps,
  type AppPlugin,
  auditTrail,
  authentication,
  idempotencyPlugin,
  infrastructureOptions,
  permissionGuard,
  rateLimitPlugin,
  registerTitles,
  requestLimitsPlugin,
  versionedRoutesPlugin,
  workspaceContext,
} from '@nexova/http';
import {
  type ApiKeyOwnerGrants,
  createIdentityRuntime,
  type IdentityRuntime,
  identityModule,
  resolveApiKey,
  verifyAccessToken,
} from '@nexova/identity';
import { insightsModule } from '@nexova/insights';
import { inventoryModule } from '@nexova/inventory';
import { type ComposedModules, composeModules, type NexovaModule } from '@nexova/module';
import {
  type NotificationsRuntime,
  notificationSettings,
  notificationsModule,
  reachCustomer,
} from '@nexova/notifications';
import type { Registry } from '@nexova/observability';
import { ordersModule } from '@nexova/orders';
import { patientRecordsModule } from '@nexova/patient-records';
import { createPaymentsRuntime, type PaymentsRuntime, paymentsModule } from '@nexova/payments';
import { AccessCache, listenForCacheChanges, loadKeyOwnerGrants, loadMembership, tenancyModule } from '@nexova/tenancy';
import { webhooksModule } from '@nexova/webhooks';
import fp from 'fastify-plugin';
import { bindConfiguredKms } from './database';

// The composition root's list of bounded contexts: each module's index.ts exports a module object
// (routes, consumers, workers, seed, permissions, event contracts, titles) and the app lists them
// here by name. Routes, consumers, workers, seeds and the event catalogue are all read off this list;
// nothing is registered by importing a module.

/** What some modules are built with, created once per app (never looked up from a global). */
export type Runtimes = {
  /** Signing keys, session cache, mailer: identity's routes, access control, the invitation page. */
  identity: IdentityRuntime;
  /** Payment providers (Stripe client): payment routes, the Stripe submitter, the checkout saga. */
  payments: PaymentsRuntime;
  /** The cache of members' grants: read by access control, emptied by tenancy's changes. */
  access: AccessCache;
  /** The cache of clinical catalogs: read by its routes (and use-cases given it), emptied by its changes. */
  clinicalCatalogs: CatalogCache;
  /** Appointment reminders: notifications' customer notices as the notifier, the lead time, the signed links. */
  reminders: ReminderSettings;
  /** Staff notifications: identity's mailer sends their e-mails (from the worker, outside transactions). */
  notifications: NotificationsRuntime;
  /** The conversational agent: the config its tools read and its brain (a model when one is configured, else offline rules). */
  agent: AgentRuntime;
  /** The audit trail's writer (audit.appendEntry); absent when AUDIT_ENABLED=false (a bench knob). */
  audit: { write?: AuditWriter };
};

/** `metrics`: the process's registry, when it has one yet (the agent's model counters register on it). */
export type RuntimeDeps = Pick<AppDeps, 'config' | 'logger'> & { database: DatabaseHandle; metrics?: Registry };

/** The runtimes of one app, over the API's database. */
export function createRuntimes(deps: RuntimeDeps): Runtimes {
  bindConfiguredKms(deps.database, deps.config);
  const identity = createIdentityRuntime(deps);
  const write = deps.config.AUDIT_ENABLED ? appendEntry : undefined;
  return {
    identity,
    payments: createPaymentsRuntime(deps.config),
    access: new AccessCache(deps.config.AUTH_MEMBERSHIP_CACHE_TTL_MS),
    clinicalCatalogs: new CatalogCache(
      deps.config.CLINICAL_CATALOG_CACHE_TTL_MS,
      deps.config.CLINICAL_CATALOG_CACHE_MAX_WORKSPACES,
    ),
    reminders: {
      // Notifications' customer notices, in the reminder's transaction: a WhatsApp template on the
      // patient's conversation and/or the e-mail (its switches); the workers send them after commit.
      notifier: {
        notify: (t, { personId, appointmentId, to, subject, text, attachments, facts }) =>
          reachCustomer({
            ctx: t,
            input: {
              personId,
              kind: 'appointment_reminder',
              sourceId: appointmentId,
              parameters: [facts.name, facts.service, facts.when, facts.professional],
              mail: to ? { to, subject, text, attachments } : null,
            },
          }),
      },
      minutesBefore: deps.config.AGENDA_REMINDER_MINUTES_BEFORE,
      publicUrl: identity.settings.publicUrl,
      tokens: reminderTokens(deps.config.NEXOVA_SECRET_KEY),
    },
    notifications: { mailer: identity.mailer, settings: notificationSettings(deps.config) },
    agent: agentRuntime(deps.config, { logger: deps.logger, metrics: deps.metrics, audit: write }),
    audit: { write },
  };
}

/** The app's modules, in mount order (routes and seeds follow it). */
export function nexovaModules(runtimes: Runtimes): NexovaModule[] {
  return [
    identityModule(runtimes.identity),
    tenancyModule(runtimes.identity, runtimes.access),
    catalogModule,
    inventoryModule,
    customersModule,
    ordersModule,
    checkoutModule({ payments: runtimes.payments }),
    paymentsModule(runtimes.payments),
    clinicModule,
    webhooksModule,
    clinicalCatalogsModule(runtimes.clinicalCatalogs),
    agendaModule(runtimes.reminders),
    billingModule,
    patientRecordsModule,
    conversationsModule,
    notificationsModule(runtimes.notifications),
    agentModule(runtimes.agent),
    insightsModule,
    dataRightsModule,
    auditModule,
  ];
}

/** The composed app: its runtimes and everything read off its modules. */
export type Composition = ComposedModules & { runtimes: Runtimes };

/**
 * Builds the runtimes and reads the module list (plus `extra` modules: tests' probes). Refuses two
 * consumers with one name or two contracts for one event version; registers the modules' titles.
 */
export function composeNexova(deps: RuntimeDeps, extra: NexovaModule[] = []): Composition {
  const runtimes = createRuntimes(deps);
  const composed = composeModules([...nexovaModules(runtimes), ...extra]);
  registerTitles(composed.titles);
  return { ...composed, runtimes };
}

/** Authentication → workspace context → permission guard, fed with identity's and tenancy's functions. */
const accessControl = fp<AppDeps & { identity: IdentityRuntime; access: AccessCache; catalogs: CatalogCache }>(
  async (app, deps) => {
    const { identity: runtime, access } = deps;
    await runtime.keys.ensure(); // first start: generate the signing key before serving
    // Other replicas' changes of members, roles and workspaces empty this one's cache of grants, and
    // their catalog changes its catalog cache: one LISTEN connection for both (PostgreSQL).
    const stopListening = await listenForCacheChanges(deps.database, [access, deps.catalogs], deps.logger);
    app.addHook('onClose', stopListening);
    // Grants come through the app's AccessCache (AUTH_MEMBERSHIP_CACHE_TTL_MS): one query saved on
    // most workspace requests. A socket's recheck of a user asks the database itself.
    const ownerGrants: ApiKeyOwnerGrants = ({ ctx, input }) =>
      access.get(input.workspaceId, `key-owner:${input.userId ?? ''}`, () => loadKeyOwnerGrants({ ctx, input }));
    await app.register(authentication, {
      verifyAccessToken: (token) => verifyAccessToken({ input: { token }, runtime }),
      resolveApiKey: (ctx, key) => resolveApiKey({ ctx, input: { key }, ownerGrants }),
    });
    await app.register(workspaceContext, {
      loadMembership: (ctx, input, options) =>
        options?.fresh
          ? loadMembership({ ctx, input })
          : access.get(input.workspaceId, `user:${input.userId}`, () => loadMembership({ ctx, input })),
    });
    await app.register(permissionGuard);
  },
  infrastructureOptions('nexova-access-control', ['nexova-request-limits', 'nexova-rate-limit']),
);

/**
 * Infrastructure plugins, in order. Rate limiting comes before access control so the per-IP limit
 * runs before authentication; its per-user and per-workspace limits run in preParsing, after every
 * onRequest hook, so they see the actor. Versioned routes (ETag, If-None-Match, If-Match) wrap
 * handlers before idempotency does, so a stored POST response keeps its ETag. Idempotency comes
 * last: its key scope is the workspace and principal that access control resolved.
 */
export function infrastructure(runtimes: Runtimes): AppPlugin[] {
  return [
    { name: 'request-limits', plugin: requestLimitsPlugin },
    { name: 'rate-limit', plugin: rateLimitPlugin },
    {
      name: 'access-control',
      plugin: accessControl,
      options: { identity: runtimes.identity, access: runtimes.access, catalogs: runtimes.clinicalCatalogs },
    },
    { name: 'audit-trail', plugin: auditTrail, options: { write: runtimes.audit.write } },
    { name: 'versioned-routes', plugin: versionedRoutesPlugin },
    { name: 'idempotency', plugin: idempotencyPlugin },
  ];
}
