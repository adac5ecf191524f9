import { type FastifyPluginAsyncZod, ifMatchVersion, pageQuery } from '@nexova/http';
import type { IdentityDeps, IdentityRuntime } from '@nexova/identity';
import type { AccessInvalidation } from '../domain/access-cache';
import { tenancyPermissions as p } from '../permissions';
import { acceptInvitation } from '../use-cases/accept-invitation';
import { getInvitation } from '../use-cases/get-invitation';
import { getMember } from '../use-cases/get-member';
import { inviteMember } from '../use-cases/invite-member';
import { listInvitations } from '../use-cases/list-invitations';
import { listMembers } from '../use-cases/list-members';
import { removeMember } from '../use-cases/remove-member';
import { revokeInvitation } from '../use-cases/revoke-invitation';
import { updateMember } from '../use-cases/update-member';
import {
  acceptBody,
  acceptedView,
  invitationList,
  invitationParams,
  invitationView,
  inviteBody,
  memberList,
  memberParams,
  memberView,
  updateMemberBody,
} from './access.schema';
import { created, noContent } from './workspaces.schema';

const tags = ['members'];
const security = [{ bearer: [] }];

/** /api/v1/members and /api/v1/invitations of the workspace in x-workspace-id, and accepting an invitation. */
export const memberRoutes: FastifyPluginAsyncZod<IdentityDeps & { access: AccessInvalidation }> = async (app, deps) => {
  const runtime: IdentityRuntime = deps.identity;
  const read = { permission: p['members:read'] };
  const manage = { permission: p['members:manage'] };
  const page = pageQuery(app.config);

  app.get(
    '/members',
    {
      config: read,
      schema: {
        operationId: 'listMembers',
        tags,
        summary: 'List members, oldest first',
        security,
        querystring: page,
        response: { 200: memberList },
      },
    },
    async (request) => listMembers({ ctx: request.ctx, input: request.query }),
  );

  app.get(
    '/members/:user_id',
    {
      config: { ...read, versioned: true },
      schema: {
        operationId: 'getMember',
        tags,
        summary: 'A member and their role',
        security,
        params: memberParams,
        response: { 200: memberView },
      },
    },
    async (request) => getMember({ ctx: request.ctx, input: { userId: request.params.user_id } }),
  );

  app.patch(
    '/members/:user_id',
    {
      config: { ...manage, versioned: true },
      schema: {
        operationId: 'updateMember',
        tags,
        summary: "Change a member's role or suspend/reactivate",
        security,
        params: memberParams,
        body: updateMemberBody,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { role_id, status } = request.body;
      const input = {
        roleId: role_id,
        status,
        userId: request.params.user_id,
        expectedVersion: ifMatchVersion(request),
      };
      await updateMember({ ctx: request.ctx, input, access: deps.access });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/members/:user_id',
    {
      config: { ...manage, versioned: true },
      schema: {
        operationId: 'removeMember',
        tags,
        summary: 'Remove a member',
        security,
        params: memberParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const expectedVersion = ifMatchVersion(request);
      await removeMember({
        ctx: request.ctx,
        input: { userId: request.params.user_id, expectedVersion },
        access: deps.access,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/invitations',
    {
      config: read,
      schema: {
        operationId: 'listInvitations',
        tags,
        summary: 'List invitations not withdrawn, newest first',
        security,
        querystring: page,
        response: { 200: invitationList },
      },
    },
    async (request) => listInvitations({ ctx: request.ctx, input: request.query }),
  );

  app.post(
    '/invitations',
    {
      config: manage,
      schema: {
        operationId: 'inviteMember',
        tags,
        summary: 'Invite someone by email',
        security,
        body: inviteBody,
        response: { 201: created(invitationView) },
      },
    },
    async (request, reply) => {
      const input = { email: request.body.email, roleId: request.body.role_id };
      const invitation = await inviteMember({ ctx: request.ctx, input, runtime });
      reply.code(201).header('location', `/api/v1/invitations/${invitation.id}`);
      return invitation;
    },
  );

  app.get(
    '/invitations/:invitation_id',
    {
      config: read,
      schema: {
        operationId: 'getInvitation',
        tags,
        summary: 'An invitation (not withdrawn)',
        security,
        params: invitationParams,
        response: { 200: invitationView },
      },
    },
    async (request) => getInvitation({ ctx: request.ctx, input: { invitationId: request.params.invitation_id } }),
  );

  app.delete(
    '/invitations/:invitation_id',
    {
      config: manage,
      schema: {
        operationId: 'revokeInvitation',
        tags,
        summary: 'Withdraw an invitation',
        security,
        params: invitationParams,
      },
    },
    async (request, reply) => {
      await revokeInvitation({ ctx: request.ctx, input: { invitationId: request.params.invitation_id } });
      reply.code(204);
      return undefined;
    },
  );

  app.post(
    '/invitations/accept',
    {
      config: { auth: 'user' },
      schema: {
        operationId: 'acceptInvitation',
        tags,
        summary: 'Accept an invitation (as the invited email)',
        security,
        body: acceptBody,
        response: { 200: acceptedView },
      },
    },
    async (request) => acceptInvitation({ ctx: request.ctx, input: request.body }),
  );
};
