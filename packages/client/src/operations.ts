// Generated from openapi.json by `npm run generate`. Do not edit.
import type { Iterate, Operation, OperationSpec } from './resource.js';
import type { operations as O } from './schema.js';

export const resources = {
  system: {
    getOpenApiDocument: { method: 'GET', path: '/api/v1/openapi.json', paginated: false },
    getMetrics: { method: 'GET', path: '/metrics', paginated: false },
    getHealth: { method: 'GET', path: '/health', paginated: false },
    getReadiness: { method: 'GET', path: '/health/ready', paginated: false },
    listDeadLetters: { method: 'GET', path: '/api/v1/system/events/dlq', paginated: true },
    getDeadLetter: { method: 'GET', path: '/api/v1/system/events/dlq/{dead_letter_id}', paginated: false },
    replayDeadLetter: { method: 'POST', path: '/api/v1/system/events/dlq/{dead_letter_id}/replay', paginated: false },
    discardDeadLetter: { method: 'POST', path: '/api/v1/system/events/dlq/{dead_letter_id}/discard', paginated: false },
    setUpEventTransport: { method: 'POST', path: '/api/v1/system/events/setup', paginated: false },
    listConsumers: { method: 'GET', path: '/api/v1/system/consumers', paginated: true },
  },
} as const satisfies Record<string, Record<string, OperationSpec>>;

export type Resources = {
  system: {
    /** GET /api/v1/openapi.json — This API contract (OpenAPI 3.1) */
    getOpenApiDocument: Operation<O['getOpenApiDocument']>;
    /** GET /metrics — Prometheus metrics (behind Authorization: Bearer <METRICS_TOKEN> when one is configured) */
    getMetrics: Operation<O['getMetrics']>;
    /** GET /health — Liveness: the process is up */
    getHealth: Operation<O['getHealth']>;
    /** GET /health/ready — Readiness: the database is reachable and migrated, dependencies answer */
    getReadiness: Operation<O['getReadiness']>;
    /** GET /api/v1/system/events/dlq — List dead-lettered events */
    listDeadLetters: Operation<O['listDeadLetters']>;
    /** Every item of `listDeadLetters`, page after page (for await). */
    listDeadLettersAll: Iterate<O['listDeadLetters']>;
    /** GET /api/v1/system/events/dlq/{dead_letter_id} — Show a dead letter with its event and every attempt’s error */
    getDeadLetter: Operation<O['getDeadLetter']>;
    /** POST /api/v1/system/events/dlq/{dead_letter_id}/replay — Replay a dead letter: its consumer handles the event again (once) */
    replayDeadLetter: Operation<O['replayDeadLetter']>;
    /** POST /api/v1/system/events/dlq/{dead_letter_id}/discard — Discard a dead letter: its consumer never handles the event */
    discardDeadLetter: Operation<O['discardDeadLetter']>;
    /** POST /api/v1/system/events/setup — Create or update JetStream streams and durable consumers (idempotent) */
    setUpEventTransport: Operation<O['setUpEventTransport']>;
    /** GET /api/v1/system/consumers — Each event consumer’s position, lag and last error */
    listConsumers: Operation<O['listConsumers']>;
    /** Every item of `listConsumers`, page after page (for await). */
    listConsumersAll: Iterate<O['listConsumers']>;
  };
};
