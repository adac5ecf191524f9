// Generated from openapi.json by `npm run generate`. Do not edit.
/** One field a problem+json answer points at (`errors[]`). */
export type FieldError = {
    pointer?: string;
    in?: string;
    message?: string;
    code?: string;
    [key: string]: unknown;
};
/**
 * Thrown for every non-2xx answer (status, code, detail, errors and request_id come from the
 * problem+json body) and, with status 0 and code `network_error`, when the server could not be
 * reached after the last attempt.
 */
export declare class NexovaError extends Error {
    readonly name = "NexovaError";
    readonly status: number;
    readonly code: string;
    readonly title: string | undefined;
    readonly detail: string | undefined;
    readonly errors: FieldError[];
    readonly requestId: string | undefined;
    /** The parsed body as the server sent it. */
    readonly body: unknown;
    constructor(status: number, body: unknown, cause?: unknown);
}
