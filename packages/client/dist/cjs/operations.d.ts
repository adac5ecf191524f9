// Generated from openapi.json by `npm run generate`. Do not edit.
import type { Iterate, Operation } from './resource.js';
import type { operations as O } from './schema.js';
export declare const resources: {
    readonly system: {
        readonly getOpenApiDocument: {
            readonly method: "GET";
            readonly path: "/api/v1/openapi.json";
            readonly paginated: false;
        };
        readonly getMetrics: {
            readonly method: "GET";
            readonly path: "/metrics";
            readonly paginated: false;
        };
        readonly getHealth: {
            readonly method: "GET";
            readonly path: "/health";
            readonly paginated: false;
        };
        readonly getReadiness: {
            readonly method: "GET";
            readonly path: "/health/ready";
            readonly paginated: false;
        };
        readonly listDeadLetters: {
            readonly method: "GET";
            readonly path: "/api/v1/system/events/dlq";
            readonly paginated: true;
        };
        readonly getDeadLetter: {
            readonly method: "GET";
            readonly path: "/api/v1/system/events/dlq/{dead_letter_id}";
            readonly paginated: false;
        };
        readonly replayDeadLetter: {
            readonly method: "POST";
            readonly path: "/api/v1/system/events/dlq/{dead_letter_id}/replay";
            readonly paginated: false;
        };
        readonly discardDeadLetter: {
            readonly method: "POST";
            readonly path: "/api/v1/system/events/dlq/{dead_letter_id}/discard";
            readonly paginated: false;
        };
        readonly setUpEventTransport: {
            readonly method: "POST";
            readonly path: "/api/v1/system/events/setup";
            readonly paginated: false;
        };
        readonly listConsumers: {
            readonly method: "GET";
            readonly path: "/api/v1/system/consumers";
            readonly paginated: true;
        };
    };
};
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
