import { createHash, hkdfSync } from 'node:crypto';
import { KEY_BYTES, open, prefixOf, seal } from './aead';

/**
 * What wraps workspace keys: a key-management service. `wrap` answers a string naming the master
 * key that wrapped it, so `unwrap` finds it again after a rotation and `needsRewrap` tells which
 * wrapped keys still use an old master. The local implementation holds the master keys in memory;
 * a cloud KMS (AWS KMS, GCP KMS, Vault transit) implements the same three calls.
 */
export type Kms = {
  /** Id of the master key new wraps use. */
  currentKeyId: string;
  wrap(key: Buffer, aad: string): Promise<string>;
  unwrap(wrapped: string, aad: string): Promise<Buffer>;
  needsRewrap(wrapped: string): boolean;
};

// Dev/test only: without NEXOVA_SECRET_KEY the keys are wrapped by this published key, which is
// encryption in form only. `insecure` lets startup warn about it.
const INSECURE_DEV_SECRET = 'nexova-insecure-development-master-key-do-not-use';

function masterOf(secret: string): { id: string; key: Buffer } {
  const key = Buffer.from(hkdfSync('sha256', secret, 'nexova', 'privacy/master-key', KEY_BYTES));
  const id = `m${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
  return { id, key };
}

/**
 * A KMS over master secrets kept in the environment: `current` wraps, `previous` (during a rotation)
 * still unwraps. NEXOVA_SECRET_KEY is the current secret, NEXOVA_SECRET_KEY_PREVIOUS the old one.
 */
export function localKms(current: string | null | undefined, previous: string[] = []): Kms & { insecure: boolean } {
  const active = masterOf(current ?? INSECURE_DEV_SECRET);
  const known = new Map([active, ...previous.map(masterOf)].map((m) => [m.id, m.key]));
  return {
    insecure: !current,
    currentKeyId: active.id,
    wrap: async (key, aad) => seal(active.key, key, aad, active.id),
    unwrap: async (wrapped, aad) => {
      const master = known.get(prefixOf(wrapped));
      if (!master)
        throw new Error(`Master key ${prefixOf(wrapped)} is not configured (set NEXOVA_SECRET_KEY_PREVIOUS).`);
      return open(master, wrapped, aad);
    },
    needsRewrap: (wrapped) => prefixOf(wrapped) !== active.id,
  };
}

/** The KMS the app uses, from configuration (NEXOVA_SECRET_KEY and NEXOVA_SECRET_KEY_PREVIOUS). */
export const configuredKms = (config: { NEXOVA_SECRET_KEY?: string; NEXOVA_SECRET_KEY_PREVIOUS: string[] }) =>
  localKms(config.NEXOVA_SECRET_KEY, config.NEXOVA_SECRET_KEY_PREVIOUS);
