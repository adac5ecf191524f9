import { isSealed, openSecret, sealSecret } from '@nexova/kernel';

// Signing secrets are stored sealed (AES-256-GCM) when NEXOVA_SECRET_KEY is set; when it is
// unset, in plain: the sender must read them back to sign, so they cannot be hashed.

export const storedSecret = (secret: string, key: string | null) => (key ? sealSecret(secret, key) : secret);

export function readSecret(stored: string, key: string | null): string {
  if (!isSealed(stored)) return stored;
  if (!key) throw new Error('A webhook secret is sealed but NEXOVA_SECRET_KEY is not set.');
  return openSecret(stored, key);
}
