import type { Database } from '@nexova/db';
import { newId, openSecret, sealSecret } from '@nexova/kernel';
import { desc, isNull } from 'drizzle-orm';
import { exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { signingKeys } from '../db/schema';

export const JWT_ALG = 'EdDSA';
const REFRESH_MS = 60_000;

export type KeyRingOptions = { secret?: string; issuer: string; audience: string; accessTtlSeconds: number };
type CryptoKeyLike = Awaited<ReturnType<typeof importJWK>>;
type Loaded = {
  kid: string;
  publicJwk: JWK;
  retiredAt: Date | null;
  createdAt: Date;
  /** Imported once per key, on its first verification. */
  publicKey: () => Promise<CryptoKeyLike>;
  privateKey: () => Promise<CryptoKeyLike>;
};

/**
 * The JWT signing keys of this database: Ed25519 (EdDSA), generated on first use and stored in
 * identity.signing_keys (private part sealed with NEXOVA_SECRET_KEY when set). The newest
 * unretired key signs; retired keys keep verifying for one access-token lifetime. Verification
 * pins the algorithm and checks exp, nbf, iss and aud (jose does exp/nbf).
 */
export class KeyRing {
  private keys = new Map<string, Loaded>();
  private loading: Promise<void> | null = null;
  private loadedAt = 0;
  constructor(
    private readonly db: Database,
    private readonly options: KeyRingOptions,
  ) {}

  private async reload(): Promise<void> {
    const rows = await this.db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt));
    const secret = this.options.secret;
    this.loadedAt = Date.now();
    this.keys = new Map(
      rows.map((row) => {
        let imported: Promise<CryptoKeyLike> | undefined;
        return [
          row.kid,
          {
            kid: row.kid,
            publicJwk: row.publicJwk as JWK,
            retiredAt: row.retiredAt,
            createdAt: row.createdAt,
            publicKey: () => {
              imported ??= importJWK(row.publicJwk as JWK, JWT_ALG);
              return imported;
            },
            privateKey: async () => {
              if (row.encrypted && !secret) throw new Error('Signing keys are encrypted: set NEXOVA_SECRET_KEY.');
              const json = row.encrypted && secret ? openSecret(row.privateJwk, secret) : row.privateJwk;
              return importJWK(JSON.parse(json) as JWK, JWT_ALG);
            },
          },
        ] as const;
      }),
    );
  }

  /** Creates a new signing key; with `retireOthers` the previous ones stop signing (rotation). */
  async addKey(retireOthers: boolean): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair(JWT_ALG, { crv: 'Ed25519', extractable: true });
    const kid = newId();
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: JWT_ALG, use: 'sig' };
    const privateJson = JSON.stringify(await exportJWK(privateKey));
    const secret = this.options.secret;
    await this.db.transaction(async (tx) => {
      if (retireOthers)
        await tx.update(signingKeys).set({ retiredAt: new Date() }).where(isNull(signingKeys.retiredAt));
      await tx.insert(signingKeys).values({
        kid,
        alg: JWT_ALG,
        publicJwk,
        privateJwk: secret ? sealSecret(privateJson, secret) : privateJson,
        encrypted: Boolean(secret),
      });
    });
    await this.reload();
    return kid;
  }

  /**
   * Loads the keys, generating the first one when the database has none. Once a key is loaded it
   * never queries: sign() runs inside callers' transactions (login, register), and on PGlite a
   * query outside that transaction waits for it forever — the embedded server's hang of issue 9.
   */
  async ensure(): Promise<void> {
    if ([...this.keys.values()].some((k) => !k.retiredAt)) return;
    this.loading ??= (async () => {
      await this.reload();
      if (![...this.keys.values()].some((k) => !k.retiredAt)) await this.addKey(false);
    })().finally(() => {
      this.loading = null;
    });
    await this.loading;
  }

  /**
   * Picks up keys rotated by another process, at most once a minute, in the background. Called
   * from verify(), which runs before any transaction of the request, never awaited by it.
   */
  private refreshIfStale(): void {
    if (this.loading || Date.now() - this.loadedAt < REFRESH_MS) return;
    this.loadedAt = Date.now(); // one refresh per interval, even when it fails
    this.loading = this.reload()
      .catch(() => undefined) // the keys in hand keep working; the next interval tries again
      .finally(() => {
        this.loading = null;
      });
  }

  private async signer(): Promise<Loaded> {
    await this.ensure();
    const active = [...this.keys.values()].filter((k) => !k.retiredAt);
    const newest = active.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    if (!newest) throw new Error('No active signing key.');
    return newest;
  }

  async sign(claims: JWTPayload & { sub: string }): Promise<string> {
    const key = await this.signer();
    return new SignJWT(claims)
      .setProtectedHeader({ alg: JWT_ALG, kid: key.kid, typ: 'JWT' })
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime(`${this.options.accessTtlSeconds}s`)
      .sign(await key.privateKey());
  }

  /** The claims of a valid token, or null (bad signature, alg, kid, no or past exp, nbf, iss or aud). */
  async verify(token: string): Promise<JWTPayload | null> {
    this.refreshIfStale();
    try {
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          if (!header.kid) throw new Error('no kid');
          // Rotated by another process? Reload, but at most every 5 s so forged kids cannot flood the database.
          if (!this.keys.has(header.kid) && Date.now() - this.loadedAt > 5_000) await this.reload();
          const key = this.keys.get(header.kid);
          if (!key || !this.stillVerifies(key)) throw new Error('unknown kid');
          return key.publicKey();
        },
        {
          algorithms: [JWT_ALG],
          issuer: this.options.issuer,
          audience: this.options.audience,
          // jose checks exp only when present: a token without one would never expire.
          requiredClaims: ['exp', 'sub'],
        },
      );
      return payload;
    } catch {
      return null;
    }
  }

  private stillVerifies(key: Loaded): boolean {
    return !key.retiredAt || Date.now() - key.retiredAt.getTime() < this.options.accessTtlSeconds * 1000 + 60_000;
  }

  /** The public JWK set: active keys and retired ones whose tokens may still be alive. */
  async jwks(): Promise<{ keys: JWK[] }> {
    await this.ensure();
    return { keys: [...this.keys.values()].filter((k) => this.stillVerifies(k)).map((k) => k.publicJwk) };
  }
}
