import { type AppContext, afterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { hashSecret, type IdentityRuntime, newSecret, normalizeEmail } from '@nexova/identity';
import { newId, ValidationError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { memberInvited, originOf } from '../contracts/events';
import { invitations, roles, workspaces } from '../db/schema';
import { assertMayGrantRole } from '../domain/grants';
import { invitationMail } from '../mail/invitation-mail';
import { type InvitationView, toInvitationView } from './list-invitations';

export type InviteMemberInput = { email: string; roleId: string };

// Invites an email to the current workspace with a role: a single-use token (INVITATION_TTL_SECONDS)
// is mailed after commit, in the workspace's locale, linking to the /accept-invitation page.
// Inviting is granting the role: the inviter must hold every permission of it (403), and inviting
// as Owner needs an Owner.
export async function inviteMember({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: InviteMemberInput;
  runtime: IdentityRuntime;
}): Promise<InvitationView> {
  const workspaceId = workspaceOf(ctx);
  const email = normalizeEmail(input.email);
  const token = newSecret('nxi_');
  const { view, workspaceName, locale } = await withTransaction(ctx, async (t) => {
    const [role] = await t.tx
      .select()
      .from(roles)
      .where(and(eq(roles.id, input.roleId), eq(roles.workspaceId, workspaceId)));
    if (!role) {
      throw new ValidationError('The role does not exist in this workspace.', [
        { pointer: '/role_id', in: 'body', message: 'is not a role of this workspace' },
      ]);
    }
    await assertMayGrantRole(t, workspaceId, role);
    const [workspace] = await t.tx
      .select({ name: workspaces.name, settings: workspaces.settings })
      .from(workspaces)
      .where(eq(workspaces.id, workspaceId));
    const [row] = await t.tx
      .insert(invitations)
      .values({
        id: newId(),
        workspaceId,
        email,
        roleId: role.id,
        tokenHash: hashSecret(token),
        expiresAt: new Date(Date.now() + runtime.settings.invitationTtlSeconds * 1000),
        invitedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await publish(t, memberInvited, {
      aggregateId: row.id,
      payload: { invitation_id: row.id, email, role_id: role.id, ...originOf(t) },
    });
    return {
      view: toInvitationView(row, role.name),
      workspaceName: workspace?.name ?? '',
      locale: workspace?.settings.locale,
    };
  });
  const { publicUrl } = runtime.settings;
  const mail = invitationMail({ to: email, workspace: workspaceName, publicUrl, token, locale });
  afterCommit(ctx, () => runtime.mailer.send(mail));
  return view;
}
