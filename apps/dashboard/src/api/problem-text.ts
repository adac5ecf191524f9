import { NexovaError } from '@nexova/client';
import { i18n } from '../i18n';

/**
 * What to tell the member about a failed call: the API's problem+json `detail` (already in the page's
 * language: the client sends Accept-Language), else its title, else a network or generic message.
 */
export function problemText(error: unknown): string {
  if (error instanceof NexovaError) {
    if (error.status === 0) return i18n.t('signIn.network');
    return error.detail ?? error.title ?? error.message;
  }
  return i18n.t('problem.failed');
}

/** The problem's field errors by field name (`/password` → `password`), to show next to each field. */
export function fieldErrors(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!(error instanceof NexovaError)) return fields;
  for (const field of error.errors) {
    const name = field.pointer?.replace(/^\//, '').split('/')[0];
    if (name && field.message && !fields[name]) fields[name] = field.message;
  }
  return fields;
}
