// Generated from openapi.json by `npm run generate`. Do not edit.
export type Tokens = {
    access_token: string;
    refresh_token?: string;
    expires_in?: number;
};
export type ClientOptions = {
    /** Where the API is served, e.g. `http://localhost:3000` (paths already start with `/api/v1`). */
    baseUrl: string;
    /** An API key (`nxk_…`): sent as `Authorization: Bearer`, never refreshed. */
    apiKey?: string;
    /** Tokens from an earlier sign-in; the access token is refreshed with the refresh token when it expires. */
    tokens?: Tokens;
    /** Called after sign-in and after every refresh, to persist the new pair. */
    onTokens?: (tokens: Tokens) => void;
    /** Sent as `x-workspace-id` on every call. */
    workspaceId?: string;
    /** Attempts after the first for network errors, 503 and 429 (default 3). */
    retries?: number;
    /** First backoff when the answer has no `Retry-After`, doubled per attempt (default 300 ms). */
    retryDelayMs?: number;
    /** Longest wait between attempts, `Retry-After` included (default 30 s). */
    maxRetryDelayMs?: number;
    /** Headers sent on every call. */
    headers?: Record<string, string>;
    /** A fetch implementation (default: the global one). */
    fetch?: typeof fetch;
};
/** What every call accepts besides its typed path, query and body. */
export type CallOptions = {
    /** Replaces the generated Idempotency-Key of a POST (kept across retries either way). */
    idempotencyKey?: string;
    headers?: Record<string, string>;
    signal?: AbortSignal;
};
export type RequestInput = CallOptions & {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
};
/** Mutable sign-in state shared by a client and the clients derived from it. */
export type Session = {
    tokens?: Tokens;
    refreshing?: Promise<void>;
};
export declare class Transport {
    readonly options: ClientOptions;
    readonly session: Session;
    constructor(options: ClientOptions, session: Session);
    request(method: string, template: string, input?: RequestInput): Promise<unknown>;
    /** Exchanges the refresh token for a new pair; concurrent callers share one exchange. */
    refresh(): Promise<void>;
    /** A POST without credentials, workspace or refresh (sign-in and refresh themselves). */
    post(path: string, body: unknown): Promise<unknown>;
    setTokens(raw: unknown): Tokens;
    private credential;
    private fetch;
    private url;
    private backoff;
    /** `Retry-After` in seconds or as an HTTP date, in milliseconds. */
    private retryAfter;
    private wait;
}
/** Accepts the token pair in snake_case or camelCase. */
export declare function normalizeTokens(raw: unknown): Tokens;
