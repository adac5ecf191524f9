import { LRUCache } from 'lru-cache';
import type { Kms } from './kms';

// Unwrapped keys, per KMS, keyed by the wrapped form (which changes with every re-wrap, so a rotation
// never serves a stale key). Unwrapping is a KMS call — a network round trip with a cloud KMS — and a
// list of 50 people would otherwise unwrap the same workspace key 50 times. Bounded; keys stay in
// process memory only, as they do while in use.
const caches = new WeakMap<Kms, LRUCache<string, Buffer>>();

export async function unwrapCached(
  kms: Kms,
  wrapped: string,
  aad: string,
  unwrap: () => Promise<Buffer>,
): Promise<Buffer> {
  let cache = caches.get(kms);
  if (!cache) {
    cache = new LRUCache<string, Buffer>({ max: 10_000 });
    caches.set(kms, cache);
  }
  const id = `${aad}\n${wrapped}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const key = await unwrap();
  cache.set(id, key);
  return key;
}
