// Generated from openapi.json by `npm run generate`. Do not edit.
export { createClient, type NexovaClient, paginate } from './client.js';
export { type FieldError, NexovaError } from './errors.js';
export { type Resources, resources } from './operations.js';
export type { BodyOf, InputOf, ItemOf, PathOf, QueryOf, ResponseOf } from './resource.js';
export type { components, operations, paths } from './schema.js';
export type { CallOptions, ClientOptions, RequestInput, Tokens } from './transport.js';
