// Generated from openapi.json by `npm run generate`. Do not edit.
import { type Resources } from './operations.js';
import { type ClientOptions, type RequestInput, type Tokens } from './transport.js';
/** Every item of every page, following `next_cursor` until it is null. */
export declare function paginate<T = unknown>(list: (input: RequestInput) => Promise<unknown>, input?: RequestInput): AsyncIterableIterator<T>;
export type NexovaClient = Resources & {
    /** Signs in with email and password; the access token is refreshed from then on when it expires. */
    signIn(credentials: {
        email: string;
        password: string;
    }): Promise<Tokens>;
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
export declare function createClient(options: ClientOptions): NexovaClient;
