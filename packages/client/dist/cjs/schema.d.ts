// Generated from openapi.json by `npm run generate`. Do not edit.
export interface paths {
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API contract (OpenAPI 3.1) */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (behind Authorization: Bearer <METRICS_TOKEN> when one is configured) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database is reachable and migrated, dependencies answer */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys for access tokens (JWKS) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Email address (case-insensitive)
                         */
                        email: string;
                        /** @description Password */
                        password: string;
                        firstName: string;
                        lastName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            firstName: string;
                            lastName: string;
                            /** @description A platform administrator (not a workspace role) */
                            isPlatformAdmin: boolean;
                            /** @description Bumped by every change to the account (the ETag of GET /me). */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in and get tokens */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Email address (case-insensitive)
                         */
                        email: string;
                        /** @description Password */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description JWT (EdDSA, kid in the header) for Authorization: Bearer */
                            accessToken: string;
                            /** @description Opaque, single-use; exchange at /auth/refresh */
                            refreshToken: string;
                            /** @description Seconds until the access token expires */
                            expiresIn: number;
                            /** @enum {string} */
                            tokenType: "Bearer";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new pair (single use; reuse revokes the session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description JWT (EdDSA, kid in the header) for Authorization: Bearer */
                            accessToken: string;
                            /** @description Opaque, single-use; exchange at /auth/refresh */
                            refreshToken: string;
                            /** @description Seconds until the access token expires */
                            expiresIn: number;
                            /** @enum {string} */
                            tokenType: "Bearer";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session of a refresh token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password-reset link (always 202) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Email address (case-insensitive)
                         */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        /** @description Password */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            firstName: string;
                            lastName: string;
                            /** @description A platform administrator (not a workspace role) */
                            isPlatformAdmin: boolean;
                            /** @description Bumped by every change to the account (the ETag of GET /me). */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Not modified: If-None-Match names the current ETag. No body. */
                304: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (ends every other session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Password */
                        currentPassword: string;
                        /** @description Password */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description First characters of the key, to recognise it */
                                prefix: string;
                                permissions: string[];
                                expiresAt: string | null;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        /** Create an API key (the secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Grants, wildcards allowed (orders:*); declared permissions (else 422) that you hold yourself (else 403) */
                        permissions: string[];
                        /** @description Optional expiry */
                        expiresAt?: unknown | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description First characters of the key, to recognise it */
                            prefix: string;
                            permissions: string[];
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The secret; shown only in this response */
                            key: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/api-keys/{apiKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                    apiKeyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every permission the code declares */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                name: string;
                                description: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My workspaces */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                slug: string;
                                settings: {
                                    currency: string;
                                    timezone: string;
                                    locale: string;
                                    modules: ("shop" | "clinic")[];
                                };
                                /** @description The caller's role here */
                                role: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        /** Create a workspace (you become its Owner) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Unique URL name */
                        slug: string;
                        settings?: {
                            /**
                             * @description ISO 4217 code
                             * @default USD
                             */
                            currency?: string;
                            /**
                             * @description IANA time zone
                             * @default UTC
                             */
                            timezone?: string;
                            /**
                             * @default es
                             * @enum {string}
                             */
                            locale?: "es" | "pt-BR" | "en";
                            /** @description Enabled modules: shop, clinic or both */
                            modules?: ("shop" | "clinic")[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            settings: {
                                currency: string;
                                timezone: string;
                                locale: string;
                                modules: ("shop" | "clinic")[];
                            };
                            /** @description The caller's role here */
                            role: string | null;
                            /** @description Bumped by every change (the ETag; send it in If-Match). */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A workspace */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                    "if-none-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            settings: {
                                currency: string;
                                timezone: string;
                                locale: string;
                                modules: ("shop" | "clinic")[];
                            };
                            /** @description The caller's role here */
                            role: string | null;
                            /** @description Bumped by every change (the ETag; send it in If-Match). */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Not modified: If-None-Match names the current ETag. No body. */
                304: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a workspace (soft; Owners only) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        options?: never;
        head?: never;
        /** Rename a workspace or change its settings */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description Unique URL name */
                        slug?: string;
                        settings?: {
                            currency?: string;
                            timezone?: string;
                            /** @enum {string} */
                            locale?: "es" | "pt-BR" | "en";
                            modules?: ("shop" | "clinic")[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            settings: {
                                currency: string;
                                timezone: string;
                                locale: string;
                                modules: ("shop" | "clinic")[];
                            };
                            /** @description The caller's role here */
                            role: string | null;
                            /** @description Bumped by every change (the ETag; send it in If-Match). */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List roles */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                description: string;
                                permissions: string[];
                                /** @description Owner and Admin: not editable */
                                system: boolean;
                                /** @description Bumped by every change (send it back in If-Match). */
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        /** Create a custom role */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string;
                        /** @description resource:action grants; *, resource:* and *:action wildcards. Each must name declared permissions (GET /permissions; else 422) that you hold yourself (else 403). */
                        permissions: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string;
                            permissions: string[];
                            /** @description Owner and Admin: not editable */
                            system: boolean;
                            /** @description Bumped by every change (send it back in If-Match). */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an unused custom role */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                    roleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        options?: never;
        head?: never;
        /** Edit a role (system roles refuse) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                    roleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                        /** @description resource:action grants; *, resource:* and *:action wildcards. Each must name declared permissions (GET /permissions; else 422) that you hold yourself (else 403). */
                        permissions?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string;
                            permissions: string[];
                            /** @description Owner and Admin: not editable */
                            system: boolean;
                            /** @description Bumped by every change (send it back in If-Match). */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List members */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                userId: string;
                                email: string;
                                /** Format: uuid */
                                roleId: string;
                                roleName: string;
                                /** @enum {string} */
                                status: "active" | "suspended";
                                /** @description Bumped by every change (send it back in If-Match). */
                                version: number;
                                /** Format: date-time */
                                joinedAt: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        options?: never;
        head?: never;
        /** Change a member's role or suspend/reactivate */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        roleId?: string;
                        /** @enum {string} */
                        status?: "active" | "suspended";
                    };
                };
            };
            responses: {
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invitations */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                /** Format: uuid */
                                roleId: string;
                                roleName: string;
                                /** Format: date-time */
                                expiresAt: string;
                                acceptedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        /** Invite someone by email */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** Format: uuid */
                        roleId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            /** Format: uuid */
                            roleId: string;
                            roleName: string;
                            /** Format: date-time */
                            expiresAt: string;
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The workspace (same as x-workspace-id) */
                    workspaceId: string;
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation (as the invited email) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The token from the invitation email */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            workspaceId: string;
                            /** Format: uuid */
                            roleId: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search products */
        get: {
            parameters: {
                query?: {
                    /** @description Name, description or SKU; tolerant of accents and typos. */
                    q?: string;
                    category_id?: string;
                    status?: "draft" | "active" | "archived";
                    min_price?: number;
                    max_price?: number;
                    /** @description Only products with a variant that has available stock. */
                    in_stock?: "true" | "false";
                    limit?: number;
                    cursor?: string;
                };
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                description: string | null;
                                category_id: string | null;
                                /** @enum {string} */
                                status: "draft" | "active" | "archived";
                                /** @description ISO 4217 code of every variant price. */
                                currency: string;
                                variants: {
                                    /** Format: uuid */
                                    id: string;
                                    sku: string;
                                    /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                                    options: {
                                        [key: string]: string;
                                    };
                                    /** @description Integer minor units of the product currency (1990 = 19.90). */
                                    price: number;
                                    version: number;
                                }[];
                                version: number;
                                created_at: string;
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        /** Create a product with its variants */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string | null;
                        category_id?: string | null;
                        /** @enum {string} */
                        status?: "draft" | "active" | "archived";
                        /** @description ISO 4217 currency of the workspace. */
                        currency: string;
                        variants: {
                            sku: string;
                            options?: {
                                [key: string]: string;
                            };
                            /** @description Integer minor units (1990 = 19.90). */
                            price: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string | null;
                            category_id: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            /** @description ISO 4217 code of every variant price. */
                            currency: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                                options: {
                                    [key: string]: string;
                                };
                                /** @description Integer minor units of the product currency (1990 = 19.90). */
                                price: number;
                                version: number;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product with its variants */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                    "if-none-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string | null;
                            category_id: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            /** @description ISO 4217 code of every variant price. */
                            currency: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                                options: {
                                    [key: string]: string;
                                };
                                /** @description Integer minor units of the product currency (1990 = 19.90). */
                                price: number;
                                version: number;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Not modified: If-None-Match names the current ETag. No body. */
                304: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        /** Soft-delete a product and its variants */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        options?: never;
        head?: never;
        /** Update a product */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string | null;
                        category_id?: string | null;
                        /** @enum {string} */
                        status?: "draft" | "active" | "archived";
                        /** @description Deprecated: send If-Match instead. 412 if the product changed since this version. */
                        expected_version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string | null;
                            category_id: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            /** @description ISO 4217 code of every variant price. */
                            currency: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                                options: {
                                    [key: string]: string;
                                };
                                /** @description Integer minor units of the product currency (1990 = 19.90). */
                                price: number;
                                version: number;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        trace?: never;
    };
    "/api/v1/products/{id}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a variant */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sku: string;
                        options?: {
                            [key: string]: string;
                        };
                        /** @description Integer minor units (1990 = 19.90). */
                        price: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string | null;
                            category_id: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            /** @description ISO 4217 code of every variant price. */
                            currency: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                                options: {
                                    [key: string]: string;
                                };
                                /** @description Integer minor units of the product currency (1990 = 19.90). */
                                price: number;
                                version: number;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/variants/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a variant (soft delete; its SKU is free again) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string | null;
                            category_id: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            /** @description ISO 4217 code of every variant price. */
                            currency: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                                options: {
                                    [key: string]: string;
                                };
                                /** @description Integer minor units of the product currency (1990 = 19.90). */
                                price: number;
                                version: number;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        options?: never;
        head?: never;
        /** Change a variant (SKU, options, price) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sku?: string;
                        options?: {
                            [key: string]: string;
                        };
                        /** @description Integer minor units (1990 = 19.90). */
                        price?: number;
                        /** @description The variant's version: 412 if it changed since. If-Match names the product's ETag. */
                        expected_version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string | null;
                            category_id: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            /** @description ISO 4217 code of every variant price. */
                            currency: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                                options: {
                                    [key: string]: string;
                                };
                                /** @description Integer minor units of the product currency (1990 = 19.90). */
                                price: number;
                                version: number;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Product categories */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                slug: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        /** Create a category */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import products from a CSV or XLSX file (the raw file is the body)
         * @description Send the file as the body with Content-Type text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. Columns: name, sku, price (decimal), and optionally description, category, status, options ("size=M; colour=red"). Rows sharing a name become variants of one product. Answers 202 with a job to poll.
         */
        post: {
            parameters: {
                query: {
                    /** @description ISO 4217 currency of the prices in the file. */
                    currency: string;
                };
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "completed" | "failed";
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            total_rows: number;
                            /** @description Rows validated so far (progress = processed_rows / total_rows). */
                            processed_rows: number;
                            created_products: number;
                            created_variants: number;
                            /** @description Every rejected row with the reason; the other rows were imported. */
                            rejected: {
                                /** @description 1-based data row (header excluded). */
                                row: number;
                                field: string;
                                message: string;
                            }[];
                            /** @description Why the whole import failed (nothing was imported). */
                            error: string | null;
                            created_at: string;
                            finished_at: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/import/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and report of a product import */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "completed" | "failed";
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            total_rows: number;
                            /** @description Rows validated so far (progress = processed_rows / total_rows). */
                            processed_rows: number;
                            created_products: number;
                            created_variants: number;
                            /** @description Every rejected row with the reason; the other rows were imported. */
                            rejected: {
                                /** @description 1-based data row (header excluded). */
                                row: number;
                                field: string;
                                message: string;
                            }[];
                            /** @description Why the whole import failed (nothing was imported). */
                            error: string | null;
                            created_at: string;
                            finished_at: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current stock levels */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated variant ids to look up. */
                    variant_ids?: string;
                    /** @description Only variants at or below their low-stock threshold. */
                    low?: "true" | "false";
                    /** @description Page size. */
                    limit?: number;
                    /** @description next_cursor from the previous page. */
                    cursor?: string;
                };
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                variant_id: string;
                                /** @description Units physically in stock. */
                                on_hand: number;
                                /** @description Units held by active reservations. */
                                reserved: number;
                                /** @description on_hand − reserved: what can still be sold. */
                                available: number;
                                low_stock_threshold: number;
                                /** @description available is at or below the threshold. */
                                low: boolean;
                                version: number;
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust on-hand stock with a reason */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        variant_id: string;
                        /** @description Units added (+) or removed (−). */
                        delta: number;
                        /** @description Why: delivery, count correction, damage… */
                        reason: string;
                        /** @description Deprecated: send If-Match instead. 412 if the stock changed since this version. */
                        expected_version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            variant_id: string;
                            /** @description Units physically in stock. */
                            on_hand: number;
                            /** @description Units held by active reservations. */
                            reserved: number;
                            /** @description on_hand − reserved: what can still be sold. */
                            available: number;
                            low_stock_threshold: number;
                            /** @description available is at or below the threshold. */
                            low: boolean;
                            version: number;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock level of one variant */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                    "if-none-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            variant_id: string;
                            /** @description Units physically in stock. */
                            on_hand: number;
                            /** @description Units held by active reservations. */
                            reserved: number;
                            /** @description on_hand − reserved: what can still be sold. */
                            available: number;
                            low_stock_threshold: number;
                            /** @description available is at or below the threshold. */
                            low: boolean;
                            version: number;
                            updated_at: string;
                        };
                    };
                };
                /** @description Not modified: If-None-Match names the current ETag. No body. */
                304: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the low-stock threshold of a variant */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        low_stock_threshold: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            variant_id: string;
                            /** @description Units physically in stock. */
                            on_hand: number;
                            /** @description Units held by active reservations. */
                            reserved: number;
                            /** @description on_hand − reserved: what can still be sold. */
                            available: number;
                            low_stock_threshold: number;
                            /** @description available is at or below the threshold. */
                            low: boolean;
                            version: number;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        trace?: never;
    };
    "/api/v1/stock/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock movements, newest first */
        get: {
            parameters: {
                query?: {
                    variant_id?: string;
                    reservation_id?: string;
                    /** @description Page size. */
                    limit?: number;
                    /** @description next_cursor from the previous page. */
                    cursor?: string;
                };
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                variant_id: string;
                                /**
                                 * @description `return`: units of a committed reservation back on hand (its confirmed order was cancelled).
                                 * @enum {string}
                                 */
                                kind: "adjustment" | "reservation" | "release" | "expiry" | "commit" | "return";
                                on_hand_delta: number;
                                reserved_delta: number;
                                on_hand_after: number;
                                reserved_after: number;
                                reason: string | null;
                                reservation_id: string | null;
                                /** @description The order the movement is for (its reservation reference); null for adjustments. */
                                reference: string | null;
                                actor: {
                                    type: string;
                                    id: string | null;
                                };
                                created_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reserve stock for all lines or none */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Order id; reserving again with it returns the same reservation. */
                        reference?: string;
                        /** @description Every line is held or none is. */
                        lines: {
                            /** Format: uuid */
                            variant_id: string;
                            quantity: number;
                        }[];
                        /** @description Defaults to STOCK_RESERVATION_TTL_SECONDS. */
                        ttl_seconds?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description The order (or other owner) the units are held for. */
                            reference: string | null;
                            /** @enum {string} */
                            status: "active" | "released" | "expired" | "committed" | "returned";
                            expires_at: string;
                            lines: {
                                /** Format: uuid */
                                variant_id: string;
                                quantity: number;
                            }[];
                            version: number;
                            created_at: string;
                            closed_at: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a reservation (idempotent) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        reservation_id?: string;
                        reference?: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reservation: {
                                /** Format: uuid */
                                id: string;
                                /** @description The order (or other owner) the units are held for. */
                                reference: string | null;
                                /** @enum {string} */
                                status: "active" | "released" | "expired" | "committed" | "returned";
                                expires_at: string;
                                lines: {
                                    /** Format: uuid */
                                    variant_id: string;
                                    quantity: number;
                                }[];
                                version: number;
                                created_at: string;
                                closed_at: string | null;
                            } | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/reservations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reservation and its lines */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                    "if-none-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description The order (or other owner) the units are held for. */
                            reference: string | null;
                            /** @enum {string} */
                            status: "active" | "released" | "expired" | "committed" | "returned";
                            expires_at: string;
                            lines: {
                                /** Format: uuid */
                                variant_id: string;
                                quantity: number;
                            }[];
                            version: number;
                            created_at: string;
                            closed_at: string | null;
                        };
                    };
                };
                /** @description Not modified: If-None-Match names the current ETag. No body. */
                304: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search customers */
        get: {
            parameters: {
                query?: {
                    /** @description Name, email or phone; tolerant of accents and typos. */
                    q?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description E.164. */
                                phone: string | null;
                                email: string | null;
                                /** @enum {string} */
                                status: "active" | "merged";
                                merged_into: string | null;
                                version: number;
                                created_at: string;
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        /** Create a customer */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Normalised to E.164; local numbers use CUSTOMER_DEFAULT_REGION. */
                        phone?: string;
                        /** Format: email */
                        email?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description E.164. */
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            status: "active" | "merged";
                            merged_into: string | null;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/by-phone/{phone}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a customer by phone (any spelling) */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                    "if-none-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description Any spelling: +55 11 98765-4321, 11987654321, +5411… */
                    phone: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description E.164. */
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            status: "active" | "merged";
                            merged_into: string | null;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Not modified: If-None-Match names the current ETag. No body. */
                304: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer with notes */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                    "if-none-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description E.164. */
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            status: "active" | "merged";
                            merged_into: string | null;
                            version: number;
                            created_at: string;
                            updated_at: string;
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                actor: {
                                    type: string;
                                    id: string | null;
                                };
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Not modified: If-None-Match names the current ETag. No body. */
                304: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        /** Soft-delete a customer */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        options?: never;
        head?: never;
        /** Update a customer */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        phone?: string | null;
                        email?: string | null;
                        /** @description Deprecated: send If-Match instead. 412 if the customer changed since this version. */
                        expected_version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description E.164. */
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            status: "active" | "merged";
                            merged_into: string | null;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        trace?: never;
    };
    "/api/v1/customers/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note to a customer */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            body: string;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate into this customer */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The customer folded into the one in the path.
                         */
                        duplicate_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description E.164. */
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            status: "active" | "merged";
                            merged_into: string | null;
                            version: number;
                            created_at: string;
                            updated_at: string;
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                actor: {
                                    type: string;
                                    id: string | null;
                                };
                                created_at: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List orders (filter by status, customer, creation range) */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                    /** @description A customer's order history. */
                    customer_id?: string;
                    /** @description Inclusive. */
                    created_from?: string;
                    /** @description Exclusive. */
                    created_to?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                                customer_id: string | null;
                                /** @description ISO 4217 code of every amount on the order. */
                                currency: string;
                                lines: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    variant_id: string;
                                    sku: string;
                                    /** @description Product name and options when the line was written. */
                                    name: string;
                                    /** @description Minor units, snapshotted from the catalog. */
                                    unit_price: number;
                                    quantity: number;
                                    line_total: number;
                                }[];
                                subtotal: number;
                                shipping_fee: number;
                                /** @description subtotal + shipping_fee, minor units. */
                                total: number;
                                delivery: {
                                    /** @enum {string} */
                                    method: "delivery" | "pickup";
                                    recipient?: string | null;
                                    phone?: string | null;
                                    address?: string | null;
                                    city?: string | null;
                                    postal_code?: string | null;
                                    instructions?: string | null;
                                } | null;
                                notes: string | null;
                                /** @description Staff actions the status table allows now. */
                                allowed_actions: ("confirm" | "cancel" | "ship" | "deliver")[];
                                version: number;
                                created_at: string;
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        /** Create an order (draft) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Prices and names are taken from the catalog, not sent. */
                        lines: {
                            /** Format: uuid */
                            variant_id: string;
                            quantity: number;
                        }[];
                        customer_id?: string | null;
                        delivery?: {
                            /** @enum {string} */
                            method: "delivery" | "pickup";
                            recipient?: string | null;
                            phone?: string | null;
                            address?: string | null;
                            city?: string | null;
                            postal_code?: string | null;
                            instructions?: string | null;
                        } | null;
                        notes?: string | null;
                        /**
                         * @description Minor units.
                         * @default 0
                         */
                        shipping_fee?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                            customer_id: string | null;
                            /** @description ISO 4217 code of every amount on the order. */
                            currency: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                variant_id: string;
                                sku: string;
                                /** @description Product name and options when the line was written. */
                                name: string;
                                /** @description Minor units, snapshotted from the catalog. */
                                unit_price: number;
                                quantity: number;
                                line_total: number;
                            }[];
                            subtotal: number;
                            shipping_fee: number;
                            /** @description subtotal + shipping_fee, minor units. */
                            total: number;
                            delivery: {
                                /** @enum {string} */
                                method: "delivery" | "pickup";
                                recipient?: string | null;
                                phone?: string | null;
                                address?: string | null;
                                city?: string | null;
                                postal_code?: string | null;
                                instructions?: string | null;
                            } | null;
                            notes: string | null;
                            /** @description Staff actions the status table allows now. */
                            allowed_actions: ("confirm" | "cancel" | "ship" | "deliver")[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                            status_history: {
                                /** Format: uuid */
                                id: string;
                                /** @description place, update, confirm, complete, reopen, cancel, ship, deliver or reassign. */
                                action: string;
                                from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled") | null;
                                /** @enum {string} */
                                to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                                reason: string | null;
                                actor: {
                                    type: string;
                                    id: string | null;
                                };
                                created_at: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order with its status history */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                    "if-none-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                            customer_id: string | null;
                            /** @description ISO 4217 code of every amount on the order. */
                            currency: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                variant_id: string;
                                sku: string;
                                /** @description Product name and options when the line was written. */
                                name: string;
                                /** @description Minor units, snapshotted from the catalog. */
                                unit_price: number;
                                quantity: number;
                                line_total: number;
                            }[];
                            subtotal: number;
                            shipping_fee: number;
                            /** @description subtotal + shipping_fee, minor units. */
                            total: number;
                            delivery: {
                                /** @enum {string} */
                                method: "delivery" | "pickup";
                                recipient?: string | null;
                                phone?: string | null;
                                address?: string | null;
                                city?: string | null;
                                postal_code?: string | null;
                                instructions?: string | null;
                            } | null;
                            notes: string | null;
                            /** @description Staff actions the status table allows now. */
                            allowed_actions: ("confirm" | "cancel" | "ship" | "deliver")[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                            status_history: {
                                /** Format: uuid */
                                id: string;
                                /** @description place, update, confirm, complete, reopen, cancel, ship, deliver or reassign. */
                                action: string;
                                from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled") | null;
                                /** @enum {string} */
                                to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                                reason: string | null;
                                actor: {
                                    type: string;
                                    id: string | null;
                                };
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Not modified: If-None-Match names the current ETag. No body. */
                304: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft order */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Replaces every line; re-priced from the catalog. */
                        lines?: {
                            /** Format: uuid */
                            variant_id: string;
                            quantity: number;
                        }[];
                        customer_id?: string | null;
                        delivery?: {
                            /** @enum {string} */
                            method: "delivery" | "pickup";
                            recipient?: string | null;
                            phone?: string | null;
                            address?: string | null;
                            city?: string | null;
                            postal_code?: string | null;
                            instructions?: string | null;
                        } | null;
                        notes?: string | null;
                        shipping_fee?: number;
                        reason?: string;
                        /** @description Deprecated: send If-Match instead. 412 if the order changed since this version. */
                        expected_version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                            customer_id: string | null;
                            /** @description ISO 4217 code of every amount on the order. */
                            currency: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                variant_id: string;
                                sku: string;
                                /** @description Product name and options when the line was written. */
                                name: string;
                                /** @description Minor units, snapshotted from the catalog. */
                                unit_price: number;
                                quantity: number;
                                line_total: number;
                            }[];
                            subtotal: number;
                            shipping_fee: number;
                            /** @description subtotal + shipping_fee, minor units. */
                            total: number;
                            delivery: {
                                /** @enum {string} */
                                method: "delivery" | "pickup";
                                recipient?: string | null;
                                phone?: string | null;
                                address?: string | null;
                                city?: string | null;
                                postal_code?: string | null;
                                instructions?: string | null;
                            } | null;
                            notes: string | null;
                            /** @description Staff actions the status table allows now. */
                            allowed_actions: ("confirm" | "cancel" | "ship" | "deliver")[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                            status_history: {
                                /** Format: uuid */
                                id: string;
                                /** @description place, update, confirm, complete, reopen, cancel, ship, deliver or reassign. */
                                action: string;
                                from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled") | null;
                                /** @enum {string} */
                                to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                                reason: string | null;
                                actor: {
                                    type: string;
                                    id: string | null;
                                };
                                created_at: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        trace?: never;
    };
    "/api/v1/orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a draft order: it becomes pending and the checkout saga holds its stock (all or nothing) and asks for its payment; 422 order_stock_unavailable names each line short now (sku, requested, available) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Kept in the status history. */
                        reason?: string;
                        /** @description Deprecated: send If-Match instead. 412 if the order changed since this version. */
                        expected_version?: number;
                        /** @description manual: staff register the payment; stripe: a PaymentIntent. Default: PAYMENTS_DEFAULT_PROVIDER. */
                        payment_provider?: ("manual" | "stripe") | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                            customer_id: string | null;
                            /** @description ISO 4217 code of every amount on the order. */
                            currency: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                variant_id: string;
                                sku: string;
                                /** @description Product name and options when the line was written. */
                                name: string;
                                /** @description Minor units, snapshotted from the catalog. */
                                unit_price: number;
                                quantity: number;
                                line_total: number;
                            }[];
                            subtotal: number;
                            shipping_fee: number;
                            /** @description subtotal + shipping_fee, minor units. */
                            total: number;
                            delivery: {
                                /** @enum {string} */
                                method: "delivery" | "pickup";
                                recipient?: string | null;
                                phone?: string | null;
                                address?: string | null;
                                city?: string | null;
                                postal_code?: string | null;
                                instructions?: string | null;
                            } | null;
                            notes: string | null;
                            /** @description Staff actions the status table allows now. */
                            allowed_actions: ("confirm" | "cancel" | "ship" | "deliver")[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                            status_history: {
                                /** Format: uuid */
                                id: string;
                                /** @description place, update, confirm, complete, reopen, cancel, ship, deliver or reassign. */
                                action: string;
                                from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled") | null;
                                /** @enum {string} */
                                to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                                reason: string | null;
                                actor: {
                                    type: string;
                                    id: string | null;
                                };
                                created_at: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an order shipped (commits its stock) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Kept in the status history. */
                        reason?: string;
                        /** @description Deprecated: send If-Match instead. 412 if the order changed since this version. */
                        expected_version?: number;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                            customer_id: string | null;
                            /** @description ISO 4217 code of every amount on the order. */
                            currency: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                variant_id: string;
                                sku: string;
                                /** @description Product name and options when the line was written. */
                                name: string;
                                /** @description Minor units, snapshotted from the catalog. */
                                unit_price: number;
                                quantity: number;
                                line_total: number;
                            }[];
                            subtotal: number;
                            shipping_fee: number;
                            /** @description subtotal + shipping_fee, minor units. */
                            total: number;
                            delivery: {
                                /** @enum {string} */
                                method: "delivery" | "pickup";
                                recipient?: string | null;
                                phone?: string | null;
                                address?: string | null;
                                city?: string | null;
                                postal_code?: string | null;
                                instructions?: string | null;
                            } | null;
                            notes: string | null;
                            /** @description Staff actions the status table allows now. */
                            allowed_actions: ("confirm" | "cancel" | "ship" | "deliver")[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                            status_history: {
                                /** Format: uuid */
                                id: string;
                                /** @description place, update, confirm, complete, reopen, cancel, ship, deliver or reassign. */
                                action: string;
                                from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled") | null;
                                /** @enum {string} */
                                to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                                reason: string | null;
                                actor: {
                                    type: string;
                                    id: string | null;
                                };
                                created_at: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an order delivered */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Kept in the status history. */
                        reason?: string;
                        /** @description Deprecated: send If-Match instead. 412 if the order changed since this version. */
                        expected_version?: number;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                            customer_id: string | null;
                            /** @description ISO 4217 code of every amount on the order. */
                            currency: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                variant_id: string;
                                sku: string;
                                /** @description Product name and options when the line was written. */
                                name: string;
                                /** @description Minor units, snapshotted from the catalog. */
                                unit_price: number;
                                quantity: number;
                                line_total: number;
                            }[];
                            subtotal: number;
                            shipping_fee: number;
                            /** @description subtotal + shipping_fee, minor units. */
                            total: number;
                            delivery: {
                                /** @enum {string} */
                                method: "delivery" | "pickup";
                                recipient?: string | null;
                                phone?: string | null;
                                address?: string | null;
                                city?: string | null;
                                postal_code?: string | null;
                                instructions?: string | null;
                            } | null;
                            notes: string | null;
                            /** @description Staff actions the status table allows now. */
                            allowed_actions: ("confirm" | "cancel" | "ship" | "deliver")[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                            status_history: {
                                /** Format: uuid */
                                id: string;
                                /** @description place, update, confirm, complete, reopen, cancel, ship, deliver or reassign. */
                                action: string;
                                from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled") | null;
                                /** @enum {string} */
                                to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                                reason: string | null;
                                actor: {
                                    type: string;
                                    id: string | null;
                                };
                                created_at: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order's checkout saga: its state, every step, and the payment it asked for
         * @description POST /orders/:id/confirm starts it (202). States: STARTED → STOCK_RESERVED → PAYMENT_PENDING → COMPLETED, or STOCK_FAILED (order back to draft; `short_lines` names each line that was short, with requested and available), PAYMENT_FAILED, CANCELLED, TIMED_OUT (order cancelled, stock released, payment cancelled or refunded). Every move is an orders.saga.* event.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                    "if-none-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The order (the saga id). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description The order, which is also the saga id.
                             */
                            order_id: string;
                            /** @enum {string} */
                            state: "STARTED" | "STOCK_RESERVED" | "PAYMENT_PENDING" | "PAYMENT_OVERDUE" | "COMPLETED" | "STOCK_FAILED" | "PAYMENT_FAILED" | "CANCELLED" | "TIMED_OUT";
                            /** @description Runs of the saga; a STOCK_FAILED checkout may be confirmed again. */
                            attempt: number;
                            provider: ("manual" | "stripe") | null;
                            reservation_id: string | null;
                            /** @description The payment asked for (a Stripe client_secret for the buyer). */
                            payment: {
                                /**
                                 * Format: uuid
                                 * @description The order this payment is for; one intent per order.
                                 */
                                order_id: string;
                                /** @enum {string} */
                                provider: "manual" | "stripe";
                                /**
                                 * @description Moves forward only: requested (Stripe: recorded, not yet created at Stripe) → pending → succeeded | failed | canceled (failed → succeeded on a retry). cancel_requested: Stripe: its cancel (or refund, when paid) is recorded and being sent to Stripe, then canceled.
                                 * @enum {string}
                                 */
                                status: "requested" | "pending" | "succeeded" | "failed" | "cancel_requested" | "canceled";
                                /** @description Minor units of `currency`: the order's balance when it was requested. */
                                amount: number;
                                currency: string;
                                /** @description The provider's id (Stripe's PaymentIntent id); null for manual. */
                                external_id: string | null;
                                /** @description Stripe's client secret, for confirming the payment in the customer's browser; null for manual. */
                                client_secret: string | null;
                                failure_reason: string | null;
                                created_at: string;
                                updated_at: string;
                            } | null;
                            /** @description When a checkout still unpaid times out, is cancelled and releases its stock. */
                            deadline_at: string;
                            last_error: string | null;
                            /** @description STOCK_FAILED: the lines that were short when the saga tried to hold the stock; null otherwise. */
                            short_lines: {
                                /** @description The order line ("/lines/0"). */
                                pointer: string;
                                /** Format: uuid */
                                variant_id: string;
                                sku: string | null;
                                /** @description Units the order asked for (the variant over all its lines). */
                                requested: number;
                                /** @description Units available when the reservation failed. */
                                available: number;
                            }[] | null;
                            steps: {
                                attempt: number;
                                from_state: ("STARTED" | "STOCK_RESERVED" | "PAYMENT_PENDING" | "PAYMENT_OVERDUE" | "COMPLETED" | "STOCK_FAILED" | "PAYMENT_FAILED" | "CANCELLED" | "TIMED_OUT") | null;
                                /** @enum {string} */
                                to_state: "STARTED" | "STOCK_RESERVED" | "PAYMENT_PENDING" | "PAYMENT_OVERDUE" | "COMPLETED" | "STOCK_FAILED" | "PAYMENT_FAILED" | "CANCELLED" | "TIMED_OUT";
                                reason: string | null;
                                created_at: string;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Not modified: If-None-Match names the current ETag. No body. */
                304: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order that holds no money (a running checkout is compensated; stock comes back)
         * @description An order with registered payments is not cancelled (409 order_has_payments, listing them): refund (money given back) or void (recorded by mistake) each one first — POST /payments/{id}/refund or /void — then cancel. A payment only asked for (a manual request, a Stripe PaymentIntent not yet succeeded) is cancelled with the order by the checkout saga, at Stripe too. Cancelling a confirmed order returns its committed stock on hand (a `return` movement, reason order_canceled), once.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    /** @description The order (the saga id). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Kept in the status history. */
                        reason?: string;
                        /** @description Deprecated: send If-Match instead. 412 if the order changed since this version. */
                        expected_version?: number;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                            customer_id: string | null;
                            /** @description ISO 4217 code of every amount on the order. */
                            currency: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                variant_id: string;
                                sku: string;
                                /** @description Product name and options when the line was written. */
                                name: string;
                                /** @description Minor units, snapshotted from the catalog. */
                                unit_price: number;
                                quantity: number;
                                line_total: number;
                            }[];
                            subtotal: number;
                            shipping_fee: number;
                            /** @description subtotal + shipping_fee, minor units. */
                            total: number;
                            delivery: {
                                /** @enum {string} */
                                method: "delivery" | "pickup";
                                recipient?: string | null;
                                phone?: string | null;
                                address?: string | null;
                                city?: string | null;
                                postal_code?: string | null;
                                instructions?: string | null;
                            } | null;
                            notes: string | null;
                            /** @description Staff actions the status table allows now. */
                            allowed_actions: ("confirm" | "cancel" | "ship" | "deliver")[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                            status_history: {
                                /** Format: uuid */
                                id: string;
                                /** @description place, update, confirm, complete, reopen, cancel, ship, deliver or reassign. */
                                action: string;
                                from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled") | null;
                                /** @enum {string} */
                                to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "cancelled";
                                reason: string | null;
                                actor: {
                                    type: string;
                                    id: string | null;
                                };
                                created_at: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe webhook: PaymentIntent outcomes
         * @description Called by Stripe, not by clients. The Stripe-Signature header is verified on the raw body with the endpoint secret (STRIPE_WEBHOOK_SECRET) and a timestamp tolerance (STRIPE_WEBHOOK_TOLERANCE_SECONDS): a bad or stale signature answers 400 problem+json. Each Stripe event id is handled once: redeliveries answer 200 with outcome `duplicate`. Intent statuses only move forward (a failure after a success is `stale`). Other event types and unknown PaymentIntents answer 200 `ignored`. A success registers a payment of method `stripe`; one that would overpay the order or lands on a cancelled order is still recorded and flagged with `review_reason`. 503 while STRIPE_WEBHOOK_SECRET is unset (Stripe retries).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description t=<unix seconds>,v1=<HMAC-SHA256 of "t.body" with the endpoint secret>, as Stripe sends it. */
                    "stripe-signature"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Stripe event id (evt_…); deliveries are deduplicated on it. */
                        id: string;
                        /** @enum {string} */
                        object: "event";
                        /** @description payment_intent.succeeded, payment_intent.payment_failed and payment_intent.canceled are handled. */
                        type: string;
                        data: {
                            /** @description The PaymentIntent; metadata.workspace_id and metadata.order_id name the order. */
                            object: {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            received: true;
                            /** @description Stripe's event id (evt_…). */
                            event_id: string;
                            type: string;
                            /**
                             * @description applied: the intent moved; duplicate: this event id was handled before; stale: late or out of order for the intent (nothing changed); ignored: not an event type or intent Nexova knows.
                             * @enum {string}
                             */
                            outcome: "applied" | "duplicate" | "stale" | "ignored";
                            /** @description Set when a success was recorded but needs staff (`overpaid`, `order_cancelled`). */
                            review_reason: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{orderId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's payments, balance and paid status */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            order_id: string;
                            currency: string;
                            total: number;
                            /** @description Sum of registered (not voided or refunded) payments. */
                            paid: number;
                            /** @description total − paid, never negative. */
                            balance: number;
                            /** @enum {string} */
                            paid_status: "unpaid" | "partial" | "paid";
                            payments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                order_id: string;
                                /** @description Minor units of `currency`. */
                                amount: number;
                                currency: string;
                                /** @enum {string} */
                                method: "cash" | "transfer" | "card" | "stripe";
                                /**
                                 * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                                 * @enum {string}
                                 */
                                status: "registered" | "refund_requested" | "voided" | "refunded";
                                /** @description Transfer id, card slip number… */
                                reference: string | null;
                                note: string | null;
                                reversal_reason: string | null;
                                attachments: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                                    size: number;
                                    sha256: string;
                                    filename: string | null;
                                    /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                                    url: string;
                                    url_expires_at: string;
                                    created_at: string;
                                }[];
                                version: number;
                                created_at: string;
                                updated_at: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        /** Register a payment (partial allowed; never above the balance) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minor units; at most the order balance (422 above it). */
                        amount: number;
                        /** @enum {string} */
                        method: "cash" | "transfer" | "card" | "stripe";
                        /** @description Defaults to the order's currency; any other is 422. */
                        currency?: string;
                        /** @description Transfer id, card slip number… */
                        reference?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            order_id: string;
                            /** @description Minor units of `currency`. */
                            amount: number;
                            currency: string;
                            /** @enum {string} */
                            method: "cash" | "transfer" | "card" | "stripe";
                            /**
                             * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                             * @enum {string}
                             */
                            status: "registered" | "refund_requested" | "voided" | "refunded";
                            /** @description Transfer id, card slip number… */
                            reference: string | null;
                            note: string | null;
                            reversal_reason: string | null;
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                                size: number;
                                sha256: string;
                                filename: string | null;
                                /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                                url: string;
                                url_expires_at: string;
                                created_at: string;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{orderId}/payment-intent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order's payment intent (provider, status, Stripe client secret)
         * @description 404 until the order has requested its payment (the checkout saga does when the order is confirmed).
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description The order this payment is for; one intent per order.
                             */
                            order_id: string;
                            /** @enum {string} */
                            provider: "manual" | "stripe";
                            /**
                             * @description Moves forward only: requested (Stripe: recorded, not yet created at Stripe) → pending → succeeded | failed | canceled (failed → succeeded on a retry). cancel_requested: Stripe: its cancel (or refund, when paid) is recorded and being sent to Stripe, then canceled.
                             * @enum {string}
                             */
                            status: "requested" | "pending" | "succeeded" | "failed" | "cancel_requested" | "canceled";
                            /** @description Minor units of `currency`: the order's balance when it was requested. */
                            amount: number;
                            currency: string;
                            /** @description The provider's id (Stripe's PaymentIntent id); null for manual. */
                            external_id: string | null;
                            /** @description Stripe's client secret, for confirming the payment in the customer's browser; null for manual. */
                            client_secret: string | null;
                            failure_reason: string | null;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment with its receipts */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                    "if-none-match"?: string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            order_id: string;
                            /** @description Minor units of `currency`. */
                            amount: number;
                            currency: string;
                            /** @enum {string} */
                            method: "cash" | "transfer" | "card" | "stripe";
                            /**
                             * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                             * @enum {string}
                             */
                            status: "registered" | "refund_requested" | "voided" | "refunded";
                            /** @description Transfer id, card slip number… */
                            reference: string | null;
                            note: string | null;
                            reversal_reason: string | null;
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                                size: number;
                                sha256: string;
                                filename: string | null;
                                /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                                url: string;
                                url_expires_at: string;
                                created_at: string;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Not modified: If-None-Match names the current ETag. No body. */
                304: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a payment registered by mistake */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            order_id: string;
                            /** @description Minor units of `currency`. */
                            amount: number;
                            currency: string;
                            /** @enum {string} */
                            method: "cash" | "transfer" | "card" | "stripe";
                            /**
                             * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                             * @enum {string}
                             */
                            status: "registered" | "refund_requested" | "voided" | "refunded";
                            /** @description Transfer id, card slip number… */
                            reference: string | null;
                            note: string | null;
                            reversal_reason: string | null;
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                                size: number;
                                sha256: string;
                                filename: string | null;
                                /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                                url: string;
                                url_expires_at: string;
                                created_at: string;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a payment in full
         * @description Cash, transfer, card: recorded at once (200 `refunded`). Stripe: 202 `refund_requested` — the refund is recorded and committed with this answer, then sent to Stripe right after it (never inside a transaction) with an idempotency key derived from the payment; payments.payment.refunded (and GET /payments/{id}: `refunded`) tells when Stripe refunded it. When Stripe cannot be reached the Stripe submitter workers retry with the same key; when Stripe refuses it the payment is registered again. Asking again while it is refund_requested answers the same 202.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                    "if-match"?: string;
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            order_id: string;
                            /** @description Minor units of `currency`. */
                            amount: number;
                            currency: string;
                            /** @enum {string} */
                            method: "cash" | "transfer" | "card" | "stripe";
                            /**
                             * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                             * @enum {string}
                             */
                            status: "registered" | "refund_requested" | "voided" | "refunded";
                            /** @description Transfer id, card slip number… */
                            reference: string | null;
                            note: string | null;
                            reversal_reason: string | null;
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                                size: number;
                                sha256: string;
                                filename: string | null;
                                /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                                url: string;
                                url_expires_at: string;
                                created_at: string;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            order_id: string;
                            /** @description Minor units of `currency`. */
                            amount: number;
                            currency: string;
                            /** @enum {string} */
                            method: "cash" | "transfer" | "card" | "stripe";
                            /**
                             * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                             * @enum {string}
                             */
                            status: "registered" | "refund_requested" | "voided" | "refunded";
                            /** @description Transfer id, card slip number… */
                            reference: string | null;
                            note: string | null;
                            reversal_reason: string | null;
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                                size: number;
                                sha256: string;
                                filename: string | null;
                                /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                                url: string;
                                url_expires_at: string;
                                created_at: string;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                /** @description Precondition failed: If-Match names a version that is no longer current. */
                412: {
                    headers: {
                        /** @description The current ETag. */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "https://nexova.dev/problems/version-mismatch",
                         *       "title": "Precondition failed",
                         *       "status": 412,
                         *       "detail": "The resource is at version 4; If-Match named 3.",
                         *       "instance": "/api/v1/orders",
                         *       "code": "version_mismatch",
                         *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                         *       "current_version": 4
                         *     }
                         */
                        "application/problem+json": components["schemas"]["Problem"] & ({
                            type: string;
                            title: string;
                            /** @enum {number} */
                            status: 412;
                            detail: string;
                            /** @enum {string} */
                            code: "version_mismatch";
                            /** @description The version the resource has now. */
                            current_version?: number;
                            request_id: string;
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a receipt (JPEG, PNG, WebP or PDF)
         * @description multipart/form-data with one file part (any field name). Up to RECEIPT_MAX_BYTES (10485760 bytes here; 413 above); the type is decided by the content (415 otherwise); a malformed multipart body answers 400. The Idempotency-Key covers the file's digest and the fields: the same key with another file answers 422.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                    "idempotency-key": string;
                    /**
                     * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                     * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                     */
                    "x-workspace-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            size: number;
                            sha256: string;
                            filename: string | null;
                            /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                            url: string;
                            url_expires_at: string;
                            created_at: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthorized"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                422: components["responses"]["Unprocessable"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file through a signed, expiring URL
         * @description The URL comes from the API (e.g. a payment receipt); 403 when expired or tampered with.
         */
        get: {
            parameters: {
                query: {
                    /** @description Unix seconds after which the URL stops working. */
                    expires: string;
                    /** @description HMAC-SHA256 of key and expiry, base64url. */
                    sig: string;
                };
                header?: never;
                path: {
                    /** @description The file key. */
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["TooManyRequests"];
                503: components["responses"]["ServiceUnavailable"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/events/dlq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List dead-lettered events */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/events/dlq/{dead_letter_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a dead letter with its event and every attempt’s error */
        get: operations["getDeadLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/events/dlq/{dead_letter_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replay a dead letter: its consumer handles the event again (once) */
        post: operations["replayDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/events/dlq/{dead_letter_id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard a dead letter: its consumer never handles the event */
        post: operations["discardDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/events/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create or update JetStream streams and durable consumers (idempotent) */
        post: operations["setUpEventTransport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/consumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each event consumer’s position, lag and last error */
        get: operations["listConsumers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live feed of the workspace events (WebSocket)
         * @description Upgrades to a WebSocket that streams the events of the workspace as they commit, in log order,
         *     each one only if the caller's grants cover its permission (see docs/EVENTS.md). Needs `events:subscribe`.
         *
         *     **Connecting.** Browsers cannot set headers on a WebSocket, so the upgrade request may carry
         *     `?access_token=<JWT>&workspace_id=<uuid>` instead of `Authorization` and `x-workspace-id`.
         *     `?last_event_id=<event id>` (or a `Last-Event-ID` header) resumes after that event: what the client
         *     missed is replayed first. Without a valid token the upgrade answers 401; without `events:subscribe`, 403.
         *
         *     **Frames** (server to client, JSON text):
         *     1. First, exactly once, the ready frame `{"type":"ready","workspace_id":"…","resumed_after":"<event id>"|null}`,
         *        sent when the subscription is in place: every event committed after the client receives it is
         *        delivered. `resumed_after` is null when the feed starts live (no `last_event_id`, or one that is
         *        unknown or already swept): nothing older is replayed. Wait for it before acting on "from now on".
         *     2. Then one frame per event: the event envelope (`id`, `type` such as `orders.order.placed`,
         *        `version`, `occurred_at`, `workspace_id`, `aggregate`, `actor`, `request_id`, `correlation_id`,
         *        `causation_id`, `payload`). Keep the last `id` to resume with after a reconnect.
         *
         *     The client sends nothing; closing the socket ends the subscription.
         */
        get: operations["subscribeEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details with a stable `code` and the request id. */
        Problem: {
            /**
             * Format: uri
             * @description https://nexova.dev/problems/<code>
             */
            type: string;
            /** @description Short summary, translated from Accept-Language. */
            title: string;
            status: number;
            /** @description What happened and what to do, for people. */
            detail: string;
            /** @description The request path. */
            instance?: string;
            /** @description Stable lower_snake code for programs. */
            code: string;
            /** @description Also in the X-Request-Id header; quote it to support. */
            request_id: string;
            errors?: components["schemas"]["FieldError"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "pointer": "/first_name",
         *       "in": "body",
         *       "message": "first_name is required",
         *       "code": "required"
         *     }
         */
        FieldError: {
            /** @description JSON pointer to the field, in the part named by `in`. */
            pointer: string;
            /** @enum {string} */
            in?: "body" | "query" | "params" | "headers";
            /** @description What is wrong, for people, in the language of Accept-Language. */
            message: string;
            /** @description Stable code of the check that failed (`required`, `too_small` …). */
            code?: string;
        };
    };
    responses: {
        /** @description The request is not valid: each entry of `errors` names a field and what is wrong with it. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/validation-failed",
                 *       "title": "Validation failed",
                 *       "status": 400,
                 *       "detail": "The request body is not valid: body/first_name.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "validation_failed",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                 *       "errors": [
                 *         {
                 *           "pointer": "/first_name",
                 *           "in": "body",
                 *           "message": "first_name is required",
                 *           "code": "required"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid credential. `WWW-Authenticate` says why: an expired access token → refresh it at POST /api/v1/auth/refresh (`code` token_expired); anything else → sign in again. */
        Unauthorized: {
            headers: {
                /** @description Bearer realm="nexova", error="invalid_token", error_description="…" (RFC 6750); just the realm when no credential was sent. */
                "www-authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/token-expired",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "The access token expired; get a new one with your refresh token at POST /api/v1/auth/refresh.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "token_expired",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                 *       "refresh": true
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Authenticated, but the role or API key does not grant the permission this needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/forbidden",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "This needs the \"orders:write\" permission.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "forbidden",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                 *       "permission": "orders:write"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource in this workspace (or the workspace itself is not one the caller can see). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "The workspace was not found.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "not_found",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflicts with the current state: a concurrent change (`version_conflict`), an Idempotency-Key still in use, a duplicate. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/version-conflict",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "Another request changed this resource; read it again and retry.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "version_conflict",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match names a version that is no longer current; the problem names `current_version`. */
        PreconditionFailed: {
            headers: {
                /** @description The current ETag. */
                etag?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/version-mismatch",
                 *       "title": "Precondition failed",
                 *       "status": 412,
                 *       "detail": "The resource is at version 4; If-Match named 3.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "version_mismatch",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                 *       "current_version": 4
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than this operation accepts. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/payload-too-large",
                 *       "title": "Payload too large",
                 *       "status": 413,
                 *       "detail": "The request body is larger than this endpoint accepts.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "payload_too_large",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not of a media type this operation accepts (JSON unless it says otherwise). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/unsupported-media-type",
                 *       "title": "Unsupported media type",
                 *       "status": 415,
                 *       "detail": "This endpoint accepts application/json bodies only.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "unsupported_media_type",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but refused by a business rule, or an Idempotency-Key reused with a different request. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/idempotency-key-reused",
                 *       "title": "Unprocessable entity",
                 *       "status": 422,
                 *       "detail": "This Idempotency-Key was used with a different request.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "idempotency_key_reused",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Over a rate limit; the problem names the policy. Retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "retry-after"?: number;
                /** @description Remaining quota of the tightest policy (draft-ietf-httpapi-ratelimit-headers). */
                ratelimit?: string;
                /** @description The policies that apply to this request. */
                "ratelimit-policy"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/quota-exceeded",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Too many requests for this workspace; retry in 12 s.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "quota_exceeded",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The database or a dependency is unavailable for a moment; retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "retry-after"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/database-unavailable",
                 *       "title": "Service unavailable",
                 *       "status": 503,
                 *       "detail": "The database is unavailable; retry in 5 s.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "database_unavailable",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document this page is generated from. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus text exposition format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example http_requests_total{method="GET",route="/api/v1/orders",status="200"} 42 */
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description METRICS_TOKEN is set and the request did not send it. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/token-expired",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "The access token expired; get a new one with your refresh token at POST /api/v1/auth/refresh.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "token_expired",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "refresh": true
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & unknown;
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        checks: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "ok" | "degraded" | "failing";
                                detail?: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDeadLetters: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                status?: "open" | "replayed" | "discarded" | "all";
                consumer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            consumer: string;
                            event_id: string;
                            event_type: string;
                            attempts: number;
                            last_error: string;
                            /** @enum {string} */
                            status: "open" | "replayed" | "discarded";
                            failed_at: string;
                            resolved_at: string | null;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dead_letter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        consumer: string;
                        event_id: string;
                        event_type: string;
                        attempts: number;
                        last_error: string;
                        /** @enum {string} */
                        status: "open" | "replayed" | "discarded";
                        failed_at: string;
                        resolved_at: string | null;
                        errors: {
                            attempt: number;
                            at: string;
                            error: string;
                        }[];
                        event: {
                            [key: string]: unknown;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replayDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dead_letter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        consumer: string;
                        event_id: string;
                        event_type: string;
                        attempts: number;
                        last_error: string;
                        /** @enum {string} */
                        status: "open" | "replayed" | "discarded";
                        failed_at: string;
                        resolved_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    discardDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dead_letter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        consumer: string;
                        event_id: string;
                        event_type: string;
                        attempts: number;
                        last_error: string;
                        /** @enum {string} */
                        status: "open" | "replayed" | "discarded";
                        failed_at: string;
                        resolved_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setUpEventTransport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        transport: "embedded" | "nats";
                        done: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConsumers: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            position: number;
                            processed: number;
                            lag_events: number;
                            lag_seconds: number;
                            retrying: number;
                            dead_letters: number;
                            last_processed_at: string | null;
                            last_error: string | null;
                            last_error_at: string | null;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    subscribeEvents: {
        parameters: {
            query?: {
                /** @description Access token (JWT), for clients that cannot send Authorization. */
                access_token?: string;
                /** @description The workspace, for clients that cannot send x-workspace-id. */
                workspace_id?: string;
                /** @description Resume after this event (the last one received): what was missed is replayed first. */
                last_event_id?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching Protocols: the WebSocket is open; the first frame is the ready frame. */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
