import { defineEvent } from '@nexova/events';
import { z } from 'zod';

// Changes to workspaces, members and roles, with where they came from, for audit and the dashboard.
const origin = { ip: z.string().nullable(), user_agent: z.string().nullable() };

const settings = z.object({
  default_currency: z.string(),
  default_phone_region: z.string(),
  timezone: z.string(),
  locale: z.string(),
  modules: z.array(z.enum(['shop', 'clinic'])),
});

export const workspaceCreated = defineEvent({
  permission: 'members:read',
  type: 'tenancy.workspace.created',
  version: 1,
  aggregate: 'workspace',
  description: 'A workspace was created; its creator is its Owner.',
  payload: z.object({ workspace_id: z.uuid(), name: z.string(), slug: z.string(), settings, ...origin }),
});

export const workspaceUpdated = defineEvent({
  permission: 'members:read',
  type: 'tenancy.workspace.updated',
  version: 1,
  aggregate: 'workspace',
  description: 'A workspace was renamed or its settings changed (changes lists the new values).',
  payload: z.object({ workspace_id: z.uuid(), changes: z.record(z.string(), z.unknown()), ...origin }),
});

export const workspaceDeleted = defineEvent({
  permission: 'members:read',
  type: 'tenancy.workspace.deleted',
  version: 1,
  aggregate: 'workspace',
  description: 'A workspace was soft-deleted.',
  payload: z.object({ workspace_id: z.uuid(), ...origin }),
});

export const memberInvited = defineEvent({
  permission: 'members:read',
  type: 'tenancy.member.invited',
  version: 1,
  aggregate: 'invitation',
  description: 'Someone was invited to the workspace by email.',
  payload: z.object({ invitation_id: z.uuid(), email: z.string(), role_id: z.uuid(), ...origin }),
});

export const invitationRevoked = defineEvent({
  permission: 'members:read',
  type: 'tenancy.invitation.revoked',
  version: 1,
  aggregate: 'invitation',
  description: 'A pending invitation was withdrawn.',
  payload: z.object({ invitation_id: z.uuid(), ...origin }),
});

export const memberJoined = defineEvent({
  permission: 'members:read',
  type: 'tenancy.member.joined',
  version: 1,
  aggregate: 'member',
  description: 'A user became a member (accepted an invitation, or created the workspace).',
  payload: z.object({ user_id: z.uuid(), role_id: z.uuid(), invitation_id: z.uuid().nullable(), ...origin }),
});

export const memberUpdated = defineEvent({
  permission: 'members:read',
  type: 'tenancy.member.updated',
  version: 1,
  aggregate: 'member',
  description: "A member's role or status (active, suspended) changed.",
  payload: z.object({ user_id: z.uuid(), role_id: z.uuid(), status: z.enum(['active', 'suspended']), ...origin }),
});

export const memberRemoved = defineEvent({
  permission: 'members:read',
  type: 'tenancy.member.removed',
  version: 1,
  aggregate: 'member',
  description: 'A member was removed from the workspace.',
  payload: z.object({ user_id: z.uuid(), ...origin }),
});

export const roleChanged = defineEvent({
  permission: 'members:read',
  type: 'tenancy.role.changed',
  version: 1,
  aggregate: 'role',
  description: 'A custom role was created, updated or deleted.',
  payload: z.object({
    role_id: z.uuid(),
    change: z.enum(['created', 'updated', 'deleted']),
    name: z.string(),
    permissions: z.array(z.string()),
    ...origin,
  }),
});

export const originOf = (ctx: { ip?: string | null; userAgent?: string | null }) => ({
  ip: ctx.ip ?? null,
  user_agent: ctx.userAgent ?? null,
});
