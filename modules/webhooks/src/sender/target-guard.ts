import dns, { type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { checkEndpointUrl, refuseEndpointUrl, type TargetPolicy } from '../domain/endpoint-url';
import { refusedAddressReason } from '../domain/target-address';

// The network half of the SSRF guard: a host name is resolved and every address it resolves to is
// judged (domain/target-address.ts). At creation this gives the caller an early 422; at delivery
// the check runs inside the socket's own lookup, so the address judged is the address connected to
// (no DNS rebinding between a check and a second resolution).

/** The first address of `addresses` that may not be a target, with why, or null. */
function refusedOf(addresses: LookupAddress[], allowPrivate: boolean): string | null {
  for (const { address } of addresses) {
    const reason = refusedAddressReason(address, allowPrivate);
    if (reason) return reason;
  }
  return null;
}

/** The normalized URL, or a 422 naming `url`. A name that does not resolve now is accepted: every delivery checks again. */
export async function checkEndpointTarget(raw: string, policy: TargetPolicy): Promise<string> {
  const checked = checkEndpointUrl(raw, policy);
  if (checked.ip !== null) return checked.url;
  const addresses = await dns.promises.lookup(checked.hostname, { all: true, verbatim: true }).catch(() => []);
  const reason = refusedOf(addresses, policy.allowPrivate);
  if (reason) refuseEndpointUrl(`must not point to an internal address: ${checked.hostname} resolves to ${reason}`);
  return checked.url;
}

/** An error a refused target gives the request (its code shows in the attempt log). */
export class TargetRefusedError extends Error {
  readonly code = 'TARGET_REFUSED';
}

/** A `lookup` for http(s).request that refuses a name resolving to an address the policy forbids. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const reason = refusedOf(addresses, allowPrivate);
      if (reason) return callback(new TargetRefusedError(`${hostname} resolves to ${reason}`), '', 0);
      const [first] = addresses;
      if (options.all) return callback(null, addresses);
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      return callback(null, first.address, first.family);
    });
  };
}
