import { z } from 'zod';
import { workspaceParams } from './workspaces.schema';

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
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({
    example: {
      id: ID,
      name: 'Receptionist',
      description: 'Front desk',
      permissions: ['customers:*', 'orders:read'],
      system: false,
      version: 1,
      createdAt: WHEN,
      updatedAt: WHEN,
    },
  });

export const roleList = z.object({ data: z.array(roleView) }).meta({ example: { data: [] } });

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

export const roleParams = workspaceParams.extend({ roleId: z.uuid() });
export const memberParams = workspaceParams.extend({ userId: z.uuid() });
export const invitationParams = workspaceParams.extend({ invitationId: z.uuid() });

export const memberView = z
  .object({
    userId: z.uuid(),
    email: z.string(),
    roleId: z.uuid(),
    roleName: z.string(),
    status: z.enum(['active', 'suspended']),
    version: z.number().int().describe('Bumped by every change (send it back in If-Match).'),
    joinedAt: z.date(),
  })
  .meta({
    example: {
      userId: ID,
      email: 'ana@example.com',
      roleId: ID,
      roleName: 'Staff',
      status: 'active',
      version: 1,
      joinedAt: WHEN,
    },
  });

export const memberList = z.object({ data: z.array(memberView) }).meta({ example: { data: [] } });

export const updateMemberBody = z
  .object({ roleId: z.uuid().optional(), status: z.enum(['active', 'suspended']).optional() })
  .meta({ example: { roleId: ID, status: 'suspended' } });

export const inviteBody = z
  .object({ email: z.email().max(254), roleId: z.uuid() })
  .meta({ example: { email: 'bruno@example.com', roleId: ID } });

export const invitationView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    roleId: z.uuid(),
    roleName: z.string(),
    expiresAt: z.date(),
    acceptedAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({
    example: {
      id: ID,
      email: 'bruno@example.com',
      roleId: ID,
      roleName: 'Staff',
      expiresAt: WHEN,
      acceptedAt: null,
      createdAt: WHEN,
    },
  });

export const invitationList = z.object({ data: z.array(invitationView) }).meta({ example: { data: [] } });

export const acceptBody = z
  .object({ token: z.string().min(1).max(512).describe('The token from the invitation email') })
  .meta({ example: { token: 'nxi_Jc0m7Q3xV1xk0y3d7m2s9gk1QkqzM0vS6m4kq8E' } });

export const acceptedView = z
  .object({ workspaceId: z.uuid(), roleId: z.uuid() })
  .meta({ example: { workspaceId: ID, roleId: ID } });
