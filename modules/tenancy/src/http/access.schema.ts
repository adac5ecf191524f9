import { pageSchema } from '@nexova/http';
import { z } from 'zod';

const ID = '01938f9e-1c2a-7b3d-9e4f-5a6b7c8d9e0f';
const WHEN = '2026-01-15T10:00:00.000Z';
const grants = z
  .array(z.string().max(100))
  .max(200)
  .describe(
    'resource:action grants; *, resource:* and *:action wildcards. Each must name declared permissions (GET /permissions; else 422) that you hold yourself (else 403).',
  );

export const roleView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    permissions: z.array(z.string()),
    system: z.boolean().describe('Owner and Admin: not editable'),
    version: z.number().int().describe('Bumped by every change (send it back in If-Match).'),
    created_at: z.date(),
    updated_at: z.date(),
  })
  .meta({
    example: {
      id: ID,
      name: 'Receptionist',
      description: 'Front desk',
      permissions: ['customers:*', 'orders:read'],
      system: false,
      version: 1,
      created_at: WHEN,
      updated_at: WHEN,
    },
  });

export const roleList = pageSchema(roleView).meta({
  example: {
    items: [roleView.meta()?.example],
    next_cursor: 'WyIxNzM2OTM1MjAwMDAwMDAwIiwiMDE5MzhmOWUtMWMyYS03YjNkLTllNGYtNWE2YjdjOGQ5ZTBmIl0',
  },
});

export const createRoleBody = z
  .object({ name: z.string().trim().min(1).max(60), description: z.string().max(300).optional(), permissions: grants })
  .meta({
    example: { name: 'Receptionist', description: 'Front desk', permissions: ['customers:*', 'orders:read'] },
  });

export const updateRoleBody = z
  .object({
    name: z.string().trim().min(1).max(60).optional(),
    description: z.string().max(300).optional(),
    permissions: grants.optional(),
  })
  .meta({ example: { permissions: ['customers:*', 'orders:*'] } });

export const roleParams = z.object({ role_id: z.uuid().describe('The role') });
export const memberParams = z.object({ user_id: z.uuid().describe('The member (their user id)') });
export const invitationParams = z.object({ invitation_id: z.uuid().describe('The invitation') });

export const memberView = z
  .object({
    user_id: z.uuid(),
    email: z.string(),
    role_id: z.uuid(),
    role_name: z.string(),
    status: z.enum(['active', 'suspended']),
    version: z.number().int().describe('Bumped by every change (send it back in If-Match).'),
    joined_at: z.date(),
  })
  .meta({
    example: {
      user_id: ID,
      email: 'ana@example.com',
      role_id: ID,
      role_name: 'Staff',
      status: 'active',
      version: 1,
      joined_at: WHEN,
    },
  });

export const memberList = pageSchema(memberView).meta({
  example: {
    items: [memberView.meta()?.example],
    next_cursor: 'WyIxNzM2OTM1MjAwMDAwMDAwIiwiMDE5MzhmOWUtMWMyYS03YjNkLTllNGYtNWE2YjdjOGQ5ZTBmIl0',
  },
});

export const updateMemberBody = z
  .object({ role_id: z.uuid().optional(), status: z.enum(['active', 'suspended']).optional() })
  .meta({ example: { role_id: ID, status: 'suspended' } });

export const inviteBody = z
  .object({ email: z.email().max(254), role_id: z.uuid() })
  .meta({ example: { email: 'bruno@example.com', role_id: ID } });

export const invitationView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role_id: z.uuid(),
    role_name: z.string(),
    expires_at: z.date(),
    accepted_at: z.date().nullable(),
    created_at: z.date(),
  })
  .meta({
    example: {
      id: ID,
      email: 'bruno@example.com',
      role_id: ID,
      role_name: 'Staff',
      expires_at: WHEN,
      accepted_at: null,
      created_at: WHEN,
    },
  });

export const invitationList = pageSchema(invitationView).meta({
  example: {
    items: [invitationView.meta()?.example],
    next_cursor: 'WyIxNzM2OTM1MjAwMDAwMDAwIiwiMDE5MzhmOWUtMWMyYS03YjNkLTllNGYtNWE2YjdjOGQ5ZTBmIl0',
  },
});

export const acceptBody = z
  .object({ token: z.string().min(1).max(512).describe('The token from the invitation email') })
  .meta({ example: { token: 'nxi_Jc0m7Q3xV1xk0y3d7m2s9gk1QkqzM0vS6m4kq8E' } });

export const acceptedView = z
  .object({ workspace_id: z.uuid(), role_id: z.uuid() })
  .meta({ example: { workspace_id: ID, role_id: ID } });
