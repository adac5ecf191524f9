import { createHmac, timingSafeEqual } from 'node:crypto';

// How each provider proves a webhook is theirs.
// Meta: X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256 of the raw body, keyed with the app secret.
// Infobip: the security settings of the subscription (type BASIC): an Authorization: Basic header
// with the username and password configured there.

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export const metaSignature = (body: Buffer | string, appSecret: string) =>
  `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;

export function metaSignatureValid(body: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header) return false;
  return same(header.trim().toLowerCase(), metaSignature(body, appSecret));
}

export const basicAuthorization = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;

export function basicAuthValid(header: string | undefined, username: string, password: string): boolean {
  if (!header) return false;
  return same(header.trim(), basicAuthorization(username, password));
}

/** Meta's GET subscription check: the challenge when mode and token match, else null. */
export function metaChallenge(
  query: { 'hub.mode'?: string; 'hub.verify_token'?: string; 'hub.challenge'?: string },
  verifyToken: string,
): string | null {
  if (query['hub.mode'] !== 'subscribe' || !query['hub.challenge']) return null;
  return same(query['hub.verify_token'] ?? '', verifyToken) ? query['hub.challenge'] : null;
}
