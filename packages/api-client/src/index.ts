import createFetchClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, paths } from './schema';

export type NexovaClientOptions = ClientOptions & {
  /** Access token or API key sent as `Authorization: Bearer`. */
  token?: string | (() => string | undefined);
  /** Sent as `x-workspace-id` on every call. */
  workspaceId?: string | (() => string | undefined);
};

/** A fetch client whose paths, parameters, bodies and responses are typed from openapi.json. */
export function createNexovaClient(options: NexovaClientOptions = {}) {
  const { token, workspaceId, ...rest } = options;
  const client = createFetchClient<paths>(rest);
  client.use({
    onRequest({ request }) {
      const t = typeof token === 'function' ? token() : token;
      const w = typeof workspaceId === 'function' ? workspaceId() : workspaceId;
      if (t) request.headers.set('authorization', `Bearer ${t}`);
      if (w) request.headers.set('x-workspace-id', w);
      return request;
    },
  });
  return client;
}

export type NexovaClient = ReturnType<typeof createNexovaClient>;
