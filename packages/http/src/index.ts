export type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
export { defaultAuth } from './api-scope';
export { type AppDeps, type AppPlugin, buildHttpApp, type HttpApp, type HttpAppOptions } from './app';
export { type AuditTrailOptions, auditTrail } from './audit/audit-trail';
export {
  API_KEY_PREFIX,
  type ApiKeyPrincipal,
  type AuthenticationOptions,
  authentication,
  type Principal,
  type UserPrincipal,
} from './auth/authentication';
export { assertCanGrant, assertKnownGrants, callerGrants } from './auth/grant-rules';
export {
  declaredPermissions,
  definePermissions,
  grantCovers,
  grantsCovering,
  grantsNotHeld,
  hasPermission,
  intersectGrants,
  isGrant,
  isKnownGrant,
} from './auth/has-permission';
export { permissionGuard } from './auth/permissions';
export { WORKSPACE_HEADER, type WorkspaceContextOptions, workspaceContext } from './auth/workspace-context';
export { type BackgroundJobs, backgroundJobs } from './background-jobs';
export { LOCATION_HEADER } from './contract/created-header';
export { sendProblem } from './errors';
export { etagOf, expectedVersion, notModified, parseEtags, versionOf } from './hardening/conditional';
export { IDEMPOTENCY_HEADER, idempotencyPlugin } from './hardening/idempotency';
export { createIdempotencySweeper, type IdempotencySweeperDeps } from './hardening/idempotency-sweeper';
export { type IdempotentCallInput, idempotentCall } from './hardening/idempotent-call';
export type { LimiterStore, LimitState } from './hardening/limiter-store';
export { createLoginThrottle, type LoginThrottle, type LoginThrottleOptions } from './hardening/login-throttle';
export { decodeCursor, encodeCursor, type Page, pageOf, pageQuery, pageSchema } from './hardening/pagination';
export { rateLimitPlugin } from './hardening/rate-limit';
export { type AppliedPolicy, rateLimitHeaders } from './hardening/rate-limit-headers';
export { redactStoredResponses } from './hardening/redact-stored-responses';
export { requestLimitsPlugin } from './hardening/request-limits';
export { deleteVersioned, updateVersioned, type VersionCondition, type VersionedTable } from './hardening/versioned';
export { ifMatchVersion, type VersionedRoute, versionedRoutesPlugin } from './hardening/versioned-routes';
export { healthRoutes, type ReadinessCheck } from './health';
export { type Locale, pickLocale, registerTitles, translateTitle } from './i18n';
export { findUnstorable, unstorableError } from './input-guard';
export { OPENAPI_PATH } from './openapi';
export { escapeHtml, type Html, html, raw } from './pages/html';
export { acceptFormPosts, PAGE_CSP, PAGE_ROUTE, pageLocale, sendPage } from './pages/page';
export { infrastructureOptions } from './plugin-options';
export { PROBLEM_BASE, PROBLEM_CONTENT_TYPE, type Problem, problemFrom, toAppError } from './problem';
export { requestIdFrom } from './request-id';
export type { RouteAuth } from './route-config';
