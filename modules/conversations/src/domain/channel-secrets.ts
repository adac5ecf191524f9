import { isSealed, openSecret, sealSecret } from '@nexova/kernel';

// A channel's credentials are one JSON document, stored sealed (AES-256-GCM, the kernel's secret box)
// when NEXOVA_SECRET_KEY is set, in plain otherwise (the webhook endpoints' rule): the sender and the
// webhook check must read them back, so they cannot be hashed.

export type ChannelSecrets = Record<string, string>;

export const storedSecrets = (secrets: ChannelSecrets, key: string | null) => {
  const json = JSON.stringify(secrets);
  return key ? sealSecret(json, key) : json;
};

export function readSecrets(stored: string, key: string | null): ChannelSecrets {
  if (!isSealed(stored)) return JSON.parse(stored) as ChannelSecrets;
  if (!key) throw new Error('Channel credentials are sealed but NEXOVA_SECRET_KEY is not set.');
  return JSON.parse(openSecret(stored, key)) as ChannelSecrets;
}
