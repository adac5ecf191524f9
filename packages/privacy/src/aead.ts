import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// AES-256-GCM with associated data, on node:crypto (OpenSSL underneath) rather than a library: the
// primitive is one call either way, and node:crypto adds no dependency or native build to audit.
// Sealed form: "<prefix>.<iv>.<tag>.<ciphertext>", base64url; `aad` binds a ciphertext to where it
// belongs (workspace, person, field), so a value copied to another row does not open.

export const KEY_BYTES = 32;

export const newKey = (): Buffer => randomBytes(KEY_BYTES);

export function seal(key: Buffer, plaintext: Buffer, aad: string, prefix: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [prefix, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join(
    '.',
  );
}

/** The prefix of a sealed value (its format and, for wrapped keys, the wrapping key's id). */
export const prefixOf = (sealed: string): string => sealed.slice(0, sealed.indexOf('.'));

export function open(key: Buffer, sealed: string, aad: string): Buffer {
  const [, iv, tag, data] = sealed.split('.');
  if (!iv || !tag || data === undefined) throw new Error('Unrecognised sealed value.');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]);
}
