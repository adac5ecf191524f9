import { ValidationError } from '@nexova/kernel';

// Where an endpoint may point: https only; plain http to this machine (127.0.0.1, localhost, ::1)
// only when WEBHOOKS_ALLOW_INSECURE_LOCALHOST is set (development and tests). No credentials in it.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The normalized URL, or a 400 naming `url`. */
export function checkEndpointUrl(raw: string, allowInsecureLocalhost: boolean): string {
  const refuse = (message: string): never => {
    throw new ValidationError(`The endpoint URL ${message}.`, [{ pointer: '/url', in: 'body', message }], {
      code: 'webhook_url_not_allowed',
    });
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('is not a valid absolute URL');
  }
  if (url.username || url.password) refuse('must not carry a user name or password');
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol === 'http:' && allowInsecureLocalhost && LOOPBACK.has(url.hostname)) return url.toString();
  return refuse(
    allowInsecureLocalhost ? 'must use https (http only to 127.0.0.1, localhost or [::1])' : 'must use https',
  );
}
