import { z } from 'zod';
import { envInt, envList, envUrl, envVar } from '../env-var';

// Identity and access: tokens, passwords, mail delivery of reset links and invitations.
export const identityEnv = {
  ...envVar('NEXOVA_SECRET_KEY', z.string().min(32).optional(), {
    description:
      'Secret that encrypts the JWT signing keys and the webhook signing secrets stored in the database (AES-256-GCM). Without it they are stored unencrypted.',
    expected: 'at least 32 characters',
    example: 'change-me-to-a-long-random-string-of-32+-chars',
    secret: true,
  }),
  ...envVar('NEXOVA_SECRET_KEY_PREVIOUS', envList([]), {
    description:
      'Former NEXOVA_SECRET_KEY values, kept during a master-key rotation so the personal-data keyring (docs/PRIVACY.md) can still unwrap workspace keys until `rotateWorkspaceKeys` has re-wrapped them. Empty once the rotation is done.',
    expected: 'comma-separated secrets',
    secret: true,
  }),
  ...envVar('AUTH_ISSUER', z.string().min(1).default('nexova'), {
    description: 'The `iss` claim of access tokens; verification requires it.',
    expected: 'a string (usually the public URL)',
  }),
  ...envVar('AUTH_AUDIENCE', z.string().min(1).default('nexova-api'), {
    description: 'The `aud` claim of access tokens; verification requires it.',
    expected: 'a string',
  }),
  ...envVar('ACCESS_TOKEN_TTL_SECONDS', envInt(900, 30, 86_400), {
    description: 'Lifetime of an access token (JWT).',
    expected: 'seconds, 30 to 86400',
  }),
  ...envVar('AUTH_SESSION_CHECK_TTL_MS', envInt(5000, 0, 60_000), {
    description:
      'How long a replica trusts its cached "this session is live" answer for access tokens. Logout, refresh-token reuse and password changes clear it at once on the replica that handled them; other replicas notice within this time (0: check the database on every request).',
    expected: 'milliseconds, 0 to 60000',
  }),
  ...envVar('AUTH_MEMBERSHIP_CACHE_TTL_MS', envInt(3000, 0, 60_000), {
    description:
      "How long a replica trusts its cached copy of a member's (or an API key creator's) grants in a workspace, so an authenticated request does not read them each time. Changing a member, a role or the workspace clears it at once on the replica that made the change, and on PostgreSQL the others when its NOTIFY reaches them; a lost notification is bounded by this time (0: read the grants on every request).",
    expected: 'milliseconds, 0 to 60000',
  }),
  ...envVar('REFRESH_TOKEN_TTL_SECONDS', envInt(604_800, 60), {
    description: 'Absolute lifetime of a refresh-token family from login; rotation does not extend it.',
    expected: 'seconds, at least 60',
  }),
  ...envVar('PASSWORD_RESET_TTL_SECONDS', envInt(1800, 60), {
    description: 'How long a password-reset link stays valid.',
    expected: 'seconds, at least 60',
  }),
  ...envVar('INVITATION_TTL_SECONDS', envInt(604_800, 60), {
    description: 'How long a workspace invitation stays valid.',
    expected: 'seconds, at least 60',
  }),
  ...envVar('PASSWORD_MIN_LENGTH', envInt(10, 8, 128), {
    description: 'Minimum password length (common passwords are always refused).',
    expected: 'an integer from 8 to 128',
  }),
  ...envVar('SMTP_URL', envUrl(['smtp', 'smtps']).optional(), {
    description:
      'SMTP server for outgoing mail. Without it mail is written as `.eml` files under NEXOVA_DATA_DIR/mail.',
    expected: 'an smtp:// or smtps:// URL',
    example: 'smtp://user:pass@smtp.example.com:587',
    secret: true,
  }),
  ...envVar('MAIL_FROM', z.string().min(3).default('Nexova <no-reply@nexova.local>'), {
    description: 'Sender of outgoing mail.',
    expected: 'an address, optionally with a display name',
  }),
};
