import { UnprocessableError } from '@nexova/kernel';
import { ipLiteralOf, isLocalhostName, refusedAddressReason } from './target-address';

// Where an endpoint may point: https (http only with WEBHOOKS_ALLOW_HTTP), no credentials in the
// URL, and a host that is not an internal address (see target-address.ts). A host name is resolved
// and judged by the sender (sender/target-guard.ts), at creation and again at every delivery.

export type TargetPolicy = { allowHttp: boolean; allowPrivate: boolean };

export type EndpointUrl = {
  /** The normalized URL. */
  url: string;
  hostname: string;
  /** The host when it is an IP literal (already judged), else null: a name still to resolve. */
  ip: string | null;
};

/** A 422 naming `url`. */
export function refuseEndpointUrl(message: string): never {
  throw new UnprocessableError(`The endpoint URL ${message}.`, {
    code: 'webhook_url_not_allowed',
    errors: [{ pointer: '/url', in: 'body', message: `url ${message}` }],
  });
}

/** Checks what can be checked without the network; refuses with a 422 naming `url`. */
export function checkEndpointUrl(raw: string, policy: TargetPolicy): EndpointUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuseEndpointUrl('is not a valid absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') refuseEndpointUrl('must use https');
  if (url.protocol === 'http:' && !policy.allowHttp) refuseEndpointUrl('must use https');
  if (url.username || url.password) refuseEndpointUrl('must not carry a user name or password');
  const ip = ipLiteralOf(url.hostname) ?? (isLocalhostName(url.hostname) ? '127.0.0.1' : null);
  if (ip !== null) {
    const reason = refusedAddressReason(ip, policy.allowPrivate);
    if (reason) refuseEndpointUrl(`must not point to an internal address: ${reason}`);
  }
  return { url: url.toString(), hostname: url.hostname, ip };
}
