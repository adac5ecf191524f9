import { defineEvent } from '@nexova/events';
import { z } from 'zod';

// Every auth event carries where it came from (ip, user agent) for the audit trail and dashboard;
// actor and request id travel in the envelope.
const origin = { ip: z.string().nullable(), user_agent: z.string().nullable() };

export const userRegistered = defineEvent({
  permission: 'members:read',
  type: 'identity.user.registered',
  version: 1,
  aggregate: 'user',
  description: 'A person created an account.',
  payload: z.object({ user_id: z.uuid(), email: z.string(), ...origin }),
});

export const userLoggedIn = defineEvent({
  permission: 'members:read',
  type: 'identity.user.logged_in',
  version: 1,
  aggregate: 'user',
  description: 'A user signed in with email and password; a new session family started.',
  payload: z.object({ user_id: z.uuid(), session_family_id: z.uuid(), ...origin }),
});

export const loginFailed = defineEvent({
  permission: 'members:read',
  type: 'identity.login.failed',
  version: 1,
  aggregate: 'user',
  description: 'A sign-in failed (unknown email or wrong password); user_id is null for unknown emails.',
  payload: z.object({ user_id: z.uuid().nullable(), email: z.string(), ...origin }),
});

export const userLoggedOut = defineEvent({
  permission: 'members:read',
  type: 'identity.user.logged_out',
  version: 1,
  aggregate: 'user',
  description: 'A session family was ended by logout.',
  payload: z.object({ user_id: z.uuid(), session_family_id: z.uuid(), ...origin }),
});

export const refreshTokenReused = defineEvent({
  permission: 'members:read',
  type: 'identity.session.reuse_detected',
  version: 1,
  aggregate: 'user',
  description: 'An already-used refresh token came back; its whole session family was revoked.',
  payload: z.object({ user_id: z.uuid(), session_family_id: z.uuid(), ...origin }),
});

export const passwordChanged = defineEvent({
  permission: 'members:read',
  type: 'identity.user.password_changed',
  version: 1,
  aggregate: 'user',
  description: 'A user changed their password (or reset it); other sessions were revoked.',
  payload: z.object({ user_id: z.uuid(), via: z.enum(['change', 'reset']), ...origin }),
});

export const passwordResetRequested = defineEvent({
  permission: 'members:read',
  type: 'identity.password_reset.requested',
  version: 1,
  aggregate: 'user',
  description: 'A reset link was sent to a registered email.',
  payload: z.object({ user_id: z.uuid(), ...origin }),
});

export const apiKeyCreated = defineEvent({
  permission: 'members:read',
  type: 'identity.api_key.created',
  version: 1,
  aggregate: 'api_key',
  description: 'An API key was created in a workspace (the key itself is never in the event).',
  payload: z.object({ api_key_id: z.uuid(), name: z.string(), permissions: z.array(z.string()), ...origin }),
});

export const apiKeyRevoked = defineEvent({
  permission: 'members:read',
  type: 'identity.api_key.revoked',
  version: 1,
  aggregate: 'api_key',
  description: 'An API key was revoked.',
  payload: z.object({ api_key_id: z.uuid(), ...origin }),
});

export const originOf = (ctx: { ip?: string | null; userAgent?: string | null }) => ({
  ip: ctx.ip ?? null,
  user_agent: ctx.userAgent ?? null,
});
