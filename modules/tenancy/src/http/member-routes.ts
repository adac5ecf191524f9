import type { AppDeps, FastifyPluginAsyncZod } from '@nexova/http';
import { type IdentityRuntime, identityRuntime } from '@nexova/identity';
import { tenancyPermissions as p } from '../permissions';
import { acceptInvitation } from '../use-cases/accept-invitation';
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
  updateMemberBody,
} from './access.schema';
import { workspaceParams } from './workspaces.schema';

const tags = ['members'];
const security = [{ bearer: [] }];
const base = '/workspaces/:workspaceId';

/** Members and invitations of a workspace, and accepting an invitation. */
export const memberRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const runtime: IdentityRuntime = identityRuntime(deps);
  const read = { permission: p['members:read'] };
  const manage = { permission: p['members:manage'] };

  app.get(
    `${base}/members`,
    {
      config: read,
      schema: { tags, summary: 'List members', security, params: workspaceParams, response: { 200: memberList } },
    },
    async (request) => ({ data: await listMembers({ ctx: request.ctx }) }),
  );

  app.patch(
    `${base}/members/:userId`,
    {
      config: manage,
      schema: {
        tags,
        summary: "Change a member's role or suspend/reactivate",
        security,
        params: memberParams,
        body: updateMemberBody,
      },
    },
    async (request, reply) => {
      await updateMember({ ctx: request.ctx, input: { ...request.body, userId: request.params.userId } });
      return reply.code(204).send();
    },
  );

  app.delete(
    `${base}/members/:userId`,
    { config: manage, schema: { tags, summary: 'Remove a member', security, params: memberParams } },
    async (request, reply) => {
      await removeMember({ ctx: request.ctx, input: { userId: request.params.userId } });
      return reply.code(204).send();
    },
  );

  app.get(
    `${base}/invitations`,
    {
      config: read,
      schema: {
        tags,
        summary: 'List invitations',
        security,
        params: workspaceParams,
        response: { 200: invitationList },
      },
    },
    async (request) => ({ data: await listInvitations({ ctx: request.ctx }) }),
  );

  app.post(
    `${base}/invitations`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Invite someone by email',
        security,
        params: workspaceParams,
        body: inviteBody,
        response: { 201: invitationView },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return inviteMember({ ctx: request.ctx, input: request.body, runtime });
    },
  );

  app.delete(
    `${base}/invitations/:invitationId`,
    { config: manage, schema: { tags, summary: 'Withdraw an invitation', security, params: invitationParams } },
    async (request, reply) => {
      await revokeInvitation({ ctx: request.ctx, input: { invitationId: request.params.invitationId } });
      return reply.code(204).send();
    },
  );

  app.post(
    '/invitations/accept',
    {
      config: { auth: 'user' },
      schema: {
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
