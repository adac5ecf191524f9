import type { Config } from '@nexova/config';
import type { DatabaseHandle } from '@nexova/db';
import type { AppDeps } from '@nexova/http';
import { KeyRing } from './keys/key-ring';
import { SessionCache } from './keys/session-cache';
import { createMailer, type Mailer } from './mail/mailer';

/** Identity's settings, taken from config once. */
export type IdentitySettings = {
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  resetTtlSeconds: number;
  invitationTtlSeconds: number;
  passwordMinLength: number;
  publicUrl: string;
};

/** What identity use-cases need beyond the ServiceContext: settings, signing keys, live sessions, mail. */
export type IdentityRuntime = { settings: IdentitySettings; keys: KeyRing; sessions: SessionCache; mailer: Mailer };

/** What identity's route plugins (and tenancy's that sign people up) are registered with. */
export type IdentityDeps = AppDeps & { identity: IdentityRuntime };

/**
 * The identity runtime of one app: created once by the composition root (apps/nexova) over the API's
 * database and passed to identity's routes, the access-control plugin and the pages that sign people
 * up (tenancy's invitation page), so they share one key ring, session cache and mailer.
 */
export function createIdentityRuntime(deps: {
  config: Config;
  database: DatabaseHandle;
  logger?: { error(obj: object, msg?: string): void };
}): IdentityRuntime {
  const { config } = deps;
  return {
    settings: {
      accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
      resetTtlSeconds: config.PASSWORD_RESET_TTL_SECONDS,
      invitationTtlSeconds: config.INVITATION_TTL_SECONDS,
      passwordMinLength: config.PASSWORD_MIN_LENGTH,
      publicUrl: (config.NEXOVA_PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
    },
    keys: new KeyRing(deps.database.db, {
      secret: config.NEXOVA_SECRET_KEY,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    }),
    sessions: new SessionCache(deps.database.db, config.AUTH_SESSION_CHECK_TTL_MS),
    mailer: createMailer({
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      dataDir: config.NEXOVA_DATA_DIR,
      logger: deps.logger,
    }),
  };
}
