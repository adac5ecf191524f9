// Generated from openapi.json by `npm run generate`. Do not edit.
import type { CallOptions } from './transport.js';
type IsNever<T> = [T] extends [never] ? true : false;
type JsonOf<C> = C extends {
    content: {
        'application/json': infer B;
    };
} ? B : C extends {
    content: {
        [type: string]: infer B;
    };
} ? B : undefined;
type Success = 200 | 201 | 202 | 203 | 204;
type Param<O, K extends string> = O extends {
    parameters: infer P;
} ? K extends keyof P ? NonNullable<P[K]> : never : never;
export type PathOf<O> = Param<O, 'path'>;
export type QueryOf<O> = Param<O, 'query'>;
export type BodyOf<O> = O extends {
    requestBody?: infer B;
} ? JsonOf<NonNullable<B>> : never;
/** The body of the operation's 2xx answer. */
export type ResponseOf<O> = O extends {
    responses: infer R;
} ? {
    [K in keyof R & Success]: JsonOf<R[K]>;
}[keyof R & Success] : unknown;
/** The element of a `{ items, next_cursor }` page. */
export type ItemOf<O> = ResponseOf<O> extends {
    items: (infer T)[];
} ? T : unknown;
type BodyRequired<O> = O extends {
    requestBody: unknown;
} ? true : false;
export type InputOf<O> = CallOptions & (IsNever<PathOf<O>> extends true ? {
    path?: undefined;
} : {
    path: PathOf<O>;
}) & (IsNever<QueryOf<O>> extends true ? {
    query?: undefined;
} : {
    query?: QueryOf<O>;
}) & (IsNever<BodyOf<O>> extends true ? {
    body?: undefined;
} : BodyRequired<O> extends true ? {
    body: BodyOf<O>;
} : {
    body?: BodyOf<O>;
});
type NeedsInput<O> = IsNever<PathOf<O>> extends false ? true : BodyRequired<O>;
/** One generated method: `client.orders.get({ path: { order_id } })`. */
export type Operation<O> = NeedsInput<O> extends true ? (input: InputOf<O>) => Promise<ResponseOf<O>> : (input?: InputOf<O>) => Promise<ResponseOf<O>>;
/** Its `…All` sibling for a list: every item of every page, following `next_cursor`. */
export type Iterate<O> = NeedsInput<O> extends true ? (input: InputOf<O>) => AsyncIterableIterator<ItemOf<O>> : (input?: InputOf<O>) => AsyncIterableIterator<ItemOf<O>>;
/** How the runtime calls an operation (the generated table holds one per method). */
export type OperationSpec = {
    readonly method: string;
    readonly path: string;
    readonly paginated: boolean;
};
/** The generated table: resources hold methods (OperationSpec) and sub-resources, nested like the URLs. */
export type ResourceTable = {
    readonly [name: string]: OperationSpec | ResourceTable;
};
export declare const isOperationSpec: (value: OperationSpec | ResourceTable) => value is OperationSpec;
export {};
