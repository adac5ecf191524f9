import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Signs and checks expiring file URLs: GET /files/<key>?expires=<unix s>&sig=<HMAC-SHA256, base64url>. */
export type UrlSigner = {
  sign(key: string, now?: Date): { url: string; expiresAt: Date };
  verify(input: { key: string; expires: string | number; sig: string }, now?: Date): 'ok' | 'expired' | 'invalid';
};

/**
 * `secret` is NEXOVA_SECRET_KEY (a files-only key is derived from it). Without one a random key is
 * generated per process: URLs then stop working after a restart and across replicas.
 */
export function urlSigner(options: { secret?: string; ttlSeconds: number; basePath?: string }): UrlSigner {
  const key = options.secret
    ? createHmac('sha256', options.secret).update('nexova:files:v1').digest()
    : randomBytes(32);
  const base = options.basePath ?? '/files';
  const mac = (fileKey: string, expires: number) =>
    createHmac('sha256', key).update(`${fileKey}\n${expires}`).digest('base64url');
  return {
    sign(fileKey, now = new Date()) {
      const expires = Math.floor(now.getTime() / 1000) + options.ttlSeconds;
      return {
        url: `${base}/${fileKey}?expires=${expires}&sig=${mac(fileKey, expires)}`,
        expiresAt: new Date(expires * 1000),
      };
    },
    verify({ key: fileKey, expires, sig }, now = new Date()) {
      const exp = Number(expires);
      if (!Number.isSafeInteger(exp)) return 'invalid';
      const expected = Buffer.from(mac(fileKey, exp));
      const given = Buffer.from(String(sig));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
      return exp * 1000 < now.getTime() ? 'expired' : 'ok';
    },
  };
}
