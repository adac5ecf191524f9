import type { Config } from '@nexova/config';
import type { AppContext } from '@nexova/db';

/**
 * What a route declares about itself (house rule 9): infrastructure plugins read this instead of
 * URL allow-lists. Identity fills in `auth` and `permission`; hardening adds rate limits and
 * idempotency.
 */
export type RouteAuth = 'public' | 'user' | 'workspace' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set at start-up from the registering scope (AppPlugin.api): an API route, not a page. */
    api?: boolean;
    /** Who may call: anyone, a signed-in principal, a member of `x-workspace-id`, or a platform admin. */
    auth?: RouteAuth;
    /** `resource:action` the caller's role or API key must grant (wildcards allowed in grants). */
    permission?: string;
    /** Rate-limit class and cost of one call; `false` opts out. */
    rateLimit?: { class?: string; cost?: number } | false;
    /**
     * POSTs of API routes require an Idempotency-Key unless this is false. With a key, the handler
     * runs inside the transaction the idempotency wrapper opens (the use-case's withTransaction
     * joins it): effects, events and the stored response commit together. With `false`, the
     * use-case opens its own.
     */
    idempotent?: boolean;
    /** Route-specific body limit in bytes (413 above it). */
    bodyLimit?: number;
    /** The route answers an HTML page, its errors too (the problem+json net leaves them alone). */
    htmlPage?: boolean;
    /**
     * Other media types its 200 answer comes in besides JSON (an export as `text/csv` …), each with
     * an example: the OpenAPI document lists them beside the JSON schema.
     */
    alternates?: Record<string, { description: string; example: string }>;
  }

  interface FastifyInstance {
    /** The parsed, frozen configuration the app was built with. */
    config: Config;
  }

  interface FastifyRequest {
    /** The ServiceContext of this request: workspace, actor, request id, database. */
    ctx: AppContext;
  }
}
