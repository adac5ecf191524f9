import ipaddr from 'ipaddr.js';

// Which IP addresses an outgoing webhook may connect to (SSRF guard). ipaddr.js names the range of
// an address (IANA special-purpose registries); only plain public `unicast` passes, plus loopback,
// private and unique-local ranges when WEBHOOKS_ALLOW_PRIVATE_TARGETS is set for development.
// Link-local (169.254/16 with the cloud metadata service, fe80::/10), unspecified, multicast,
// broadcast and reserved ranges never pass. IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as IPv4.

const PRIVATE_RANGES = new Set(['loopback', 'private', 'uniqueLocal', 'carrierGradeNat']);

/** Why `address` may not be a webhook target, or null when it may. Not an IP address → a reason too. */
export function refusedAddressReason(address: string, allowPrivate: boolean): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range === 'unicast') return null;
  if (allowPrivate && PRIVATE_RANGES.has(range)) return null;
  return `${parsed.toString()} is a ${rangeWords(range)} address`;
}

/** The host of a URL as an IP address when it is a literal (brackets of IPv6 removed), else null. */
export function ipLiteralOf(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.IPv4.isValidFourPartDecimal(bare) || ipaddr.IPv6.isValid(bare) ? bare : null;
}

/** localhost and *.localhost always mean this machine (RFC 6761), whatever a resolver says. */
export const isLocalhostName = (hostname: string): boolean =>
  hostname === 'localhost' || hostname.endsWith('.localhost');

const WORDS: Record<string, string> = {
  loopback: 'loopback',
  private: 'private (RFC 1918)',
  uniqueLocal: 'unique-local IPv6',
  carrierGradeNat: 'shared (carrier-grade NAT)',
  linkLocal: 'link-local',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'broadcast',
};

const rangeWords = (range: string): string => WORDS[range] ?? `reserved (${range})`;
