import { type Resources, resources } from './operations.js';
import { isOperationSpec, type ResourceTable } from './resource.js';
import { type ClientOptions, type RequestInput, type Session, type Tokens, Transport } from './transport.js';

type Page = { items?: unknown[]; next_cursor?: string | null };

/** Every item of every page, following `next_cursor` until it is null. */
export async function* paginate<T = unknown>(
  list: (input: RequestInput) => Promise<unknown>,
  input: RequestInput = {},
): AsyncIterableIterator<T> {
  let cursor = input.query?.cursor as string | undefined;
  for (;;) {
    const page = (await list({ ...input, query: { ...input.query, cursor } })) as Page;
    for (const item of page.items ?? []) yield item as T;
    if (!page.next_cursor) return;
    cursor = page.next_cursor;
  }
}

export type NexovaClient = Resources & {
  /** Signs in with email and password; the access token is refreshed from then on when it expires. */
  signIn(credentials: { email: string; password: string }): Promise<Tokens>;
  /** The current token pair (after sign-in or refresh), to persist it. */
  readonly tokens: Tokens | undefined;
  /** A client for another workspace sharing this one's sign-in. */
  withWorkspace(workspaceId: string): NexovaClient;
  /** Any route, typed loosely: `client.request('GET', '/api/v1/orders/{order_id}', { path: { order_id } })`. */
  request<T = unknown>(method: string, path: string, input?: RequestInput): Promise<T>;
  /** Iterates any `{ items, next_cursor }` collection route. */
  paginate<T = unknown>(path: string, input?: RequestInput): AsyncIterableIterator<T>;
};

/** A client whose resources and methods are generated from openapi.json. */
export function createClient(options: ClientOptions): NexovaClient {
  const session: Session = options.tokens ? { tokens: options.tokens } : {};
  return build(options, session);
}

function build(options: ClientOptions, session: Session): NexovaClient {
  const transport = new Transport(options, session);
  const client: Record<string, unknown> = {
    signIn: async (credentials: { email: string; password: string }) =>
      transport.setTokens(await transport.post('/api/v1/auth/login', credentials)),
    withWorkspace: (workspaceId: string) => build({ ...options, workspaceId }, session),
    request: (method: string, path: string, input?: RequestInput) => transport.request(method, path, input),
    paginate: (path: string, input?: RequestInput) => paginate((page) => transport.request('GET', path, page), input),
  };
  Object.defineProperty(client, 'tokens', { get: () => session.tokens, enumerable: true });
  const bind = (table: ResourceTable): Record<string, unknown> => {
    const resource: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(table)) {
      if (!isOperationSpec(entry)) {
        resource[name] = bind(entry);
        continue;
      }
      const call = (input?: RequestInput) => transport.request(entry.method, entry.path, input);
      resource[name] = call;
      if (entry.paginated) resource[`${name}All`] = (input?: RequestInput) => paginate(call, input);
    }
    return resource;
  };
  Object.assign(client, bind(resources));
  return client as NexovaClient;
}
