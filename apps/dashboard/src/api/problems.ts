import { NexovaError } from '@nexova/client';

/**
 * What to tell the member about a failed call: the problem+json title and detail (the API translates
 * them by Accept-Language), or `fallback` when the server could not be reached or said nothing.
 */
export function problemMessage(error: unknown, fallback: string): string {
  if (error instanceof NexovaError && error.status !== 0) {
    const text = [error.title, error.detail].filter(Boolean).join(': ');
    return text || fallback;
  }
  return fallback;
}

/** The problem's field errors by JSON pointer (`/lines/0/quantity`), to show next to each field. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof NexovaError)
    for (const e of error.errors) if (e.pointer && e.message && !out[e.pointer]) out[e.pointer] = e.message;
  return out;
}
