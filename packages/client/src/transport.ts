import { NexovaError } from './errors.js';

export type Tokens = { access_token: string; refresh_token?: string; expires_in?: number };

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
export type Session = { tokens?: Tokens; refreshing?: Promise<void> };

const REFRESH_PATH = '/api/v1/auth/refresh';

export class Transport {
  constructor(
    readonly options: ClientOptions,
    readonly session: Session,
  ) {}

  async request(method: string, template: string, input: RequestInput = {}): Promise<unknown> {
    const url = this.url(template, input);
    const headers: Record<string, string> = { accept: 'application/json', ...this.options.headers };
    if (this.options.workspaceId) headers['x-workspace-id'] = this.options.workspaceId;
    let body: RequestInit['body'];
    if (input.body !== undefined) {
      if (isRaw(input.body)) body = input.body;
      else {
        body = JSON.stringify(input.body);
        headers['content-type'] = 'application/json';
      }
    }
    // One key per logical call: every retry of this POST carries the same one.
    if (method === 'POST') headers['idempotency-key'] = input.idempotencyKey ?? globalThis.crypto.randomUUID();
    Object.assign(headers, input.headers);

    const retries = this.options.retries ?? 3;
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const credential = this.credential();
      if (credential) headers.authorization = `Bearer ${credential}`;
      let response: Response;
      try {
        response = await this.fetch(url, { method, headers, body, signal: input.signal ?? null });
      } catch (error) {
        if (input.signal?.aborted || attempt >= retries) throw new NexovaError(0, undefined, error);
        await this.wait(this.backoff(attempt), input.signal);
        continue;
      }
      if ((response.status === 503 || response.status === 429) && attempt < retries) {
        await response.body?.cancel();
        await this.wait(this.retryAfter(response) ?? this.backoff(attempt), input.signal);
        continue;
      }
      const payload = await parse(response);
      if (response.ok) return payload;
      if (response.status === 401 && !refreshed && mustRefresh(payload) && this.session.tokens?.refresh_token) {
        refreshed = true;
        await this.refresh();
        attempt--;
        continue;
      }
      throw new NexovaError(response.status, payload);
    }
  }

  /** Exchanges the refresh token for a new pair; concurrent callers share one exchange. */
  refresh(): Promise<void> {
    this.session.refreshing ??= (async () => {
      const refreshToken = this.session.tokens?.refresh_token;
      if (!refreshToken) throw new NexovaError(401, { code: 'invalid_token', detail: 'No refresh token.' });
      // Both spellings: the API moves from camelCase to snake_case; unknown keys are ignored.
      const pair = await this.post(REFRESH_PATH, { refresh_token: refreshToken, refreshToken });
      this.setTokens(pair);
    })().finally(() => {
      this.session.refreshing = undefined;
    });
    return this.session.refreshing;
  }

  /** A POST without credentials, workspace or refresh (sign-in and refresh themselves). */
  post(path: string, body: unknown): Promise<unknown> {
    const anonymous = new Transport({ ...this.options, apiKey: undefined, workspaceId: undefined }, {});
    return anonymous.request('POST', path, { body });
  }

  setTokens(raw: unknown): Tokens {
    const tokens = normalizeTokens(raw);
    this.session.tokens = tokens;
    this.options.onTokens?.(tokens);
    return tokens;
  }

  private credential(): string | undefined {
    return this.options.apiKey ?? this.session.tokens?.access_token;
  }

  private fetch(url: string, init: RequestInit): Promise<Response> {
    return (this.options.fetch ?? globalThis.fetch)(url, init);
  }

  private url(template: string, input: RequestInput): string {
    const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = input.path?.[name];
      if (value === undefined || value === null)
        throw new TypeError(`Missing path parameter "${name}" for ${template}`);
      // A wildcard (`/files/{*}`) keeps its slashes.
      return name === '*' ? encodeURI(String(value)) : encodeURIComponent(String(value));
    });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(input.query ?? {})) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
    }
    const query = search.toString();
    return `${this.options.baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
  }

  private backoff(attempt: number): number {
    return (this.options.retryDelayMs ?? 300) * 2 ** attempt;
  }

  /** `Retry-After` in seconds or as an HTTP date, in milliseconds. */
  private retryAfter(response: Response): number | undefined {
    const header = response.headers.get('retry-after');
    if (!header) return undefined;
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
  }

  private wait(ms: number, signal?: AbortSignal): Promise<void> {
    const delay = Math.min(ms, this.options.maxRetryDelayMs ?? 30_000);
    if (delay <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, delay);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  }
}

function isRaw(body: unknown): body is NonNullable<RequestInit['body']> {
  return (
    typeof body === 'string' ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    body instanceof URLSearchParams
  );
}

async function parse(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A 401 that says refreshing helps: `code: token_expired` or `refresh: true`. */
function mustRefresh(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const problem = body as { code?: unknown; refresh?: unknown };
  return problem.code === 'token_expired' || problem.refresh === true;
}

/** Accepts the token pair in snake_case or camelCase. */
export function normalizeTokens(raw: unknown): Tokens {
  const body = (raw ?? {}) as Record<string, unknown>;
  const access = body.access_token ?? body.accessToken;
  const refresh = body.refresh_token ?? body.refreshToken;
  const expires = body.expires_in ?? body.expiresIn;
  if (typeof access !== 'string')
    throw new NexovaError(0, { code: 'invalid_response', detail: 'No access token in the answer.' });
  return {
    access_token: access,
    ...(typeof refresh === 'string' ? { refresh_token: refresh } : {}),
    ...(typeof expires === 'number' ? { expires_in: expires } : {}),
  };
}
