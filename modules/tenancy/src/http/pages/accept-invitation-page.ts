import {
  acceptFormPosts,
  type FastifyPluginAsyncZod,
  html,
  type Locale,
  PAGE_ROUTE,
  pageLocale,
  sendPage,
} from '@nexova/http';
import { type IdentityDeps, registerUser } from '@nexova/identity';
import { isAppError } from '@nexova/kernel';
import { acceptInvitation } from '../../use-cases/accept-invitation';
import { type InvitationPreview, previewInvitation } from '../../use-cases/preview-invitation';
import { fill, texts } from './accept-invitation.texts';

// GET /accept-invitation?token=… (the link of the invitation mail): the workspace, the role and,
// for an email without an account, a form to create one that posts back here and joins with the
// same use-case as POST /api/v1/invitations/accept. The one-time token in the form is the
// credential (no cookies, so a cross-site post can borrow nothing).

const text = (value: unknown) => (typeof value === 'string' ? value : '');

const invitedLine = (locale: Locale, p: InvitationPreview) =>
  fill(texts[locale].invited, { workspace: p.workspace_name, role: p.role_name, email: p.email });

function details(locale: Locale, token: string, preview: InvitationPreview, error?: string) {
  const t = texts[locale];
  if (preview.has_account) return html`<p>${invitedLine(locale, preview)}</p><p class="muted">${t.hasAccount}</p>`;
  return html`<p>${invitedLine(locale, preview)}</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<p>${t.create}</p>
<form method="post" action="/accept-invitation?lang=${locale}">
<input type="hidden" name="token" value="${token}">
<label for="first_name">${t.firstName}</label><input id="first_name" name="first_name" autocomplete="given-name" required>
<label for="last_name">${t.lastName}</label><input id="last_name" name="last_name" autocomplete="family-name" required>
<label for="password">${t.password}</label><input id="password" name="password" type="password" autocomplete="new-password" required>
<button type="submit">${t.submit}</button>
</form>`;
}

export const acceptInvitationPage: FastifyPluginAsyncZod<IdentityDeps> = async (app, deps) => {
  const runtime = deps.identity;
  acceptFormPosts(app);
  const invalid = (locale: Locale) => html`<p class="error" role="alert">${texts[locale].invalid}</p>`;

  app.get('/accept-invitation', PAGE_ROUTE, async (request, reply) => {
    const locale = pageLocale(request);
    const title = texts[locale].title;
    const token = text((request.query as Record<string, unknown>).token);
    const preview = token ? await previewInvitation({ ctx: request.ctx, input: { token } }).catch(() => null) : null;
    if (!preview) return sendPage(reply, { locale, title, body: invalid(locale), status: 404 });
    return sendPage(reply, { locale, title, body: details(locale, token, preview) });
  });

  app.post('/accept-invitation', PAGE_ROUTE, async (request, reply) => {
    const locale = pageLocale(request);
    const t = texts[locale];
    const fields = (request.body ?? {}) as Record<string, unknown>;
    const token = text(fields.token);
    const preview = token ? await previewInvitation({ ctx: request.ctx, input: { token } }).catch(() => null) : null;
    if (!preview) return sendPage(reply, { locale, title: t.title, body: invalid(locale), status: 404 });
    if (preview.has_account) return sendPage(reply, { locale, title: t.title, body: details(locale, token, preview) });
    try {
      const input = {
        email: preview.email,
        password: text(fields.password),
        firstName: text(fields.first_name).trim(),
        lastName: text(fields.last_name).trim(),
      };
      const user = await registerUser({ ctx: request.ctx, input, runtime });
      await acceptInvitation({ ctx: { ...request.ctx, actor: { type: 'user', id: user.id } }, input: { token } });
      const body = html`<p class="ok" role="status">${fill(t.joined, { workspace: preview.workspace_name })}</p>`;
      return sendPage(reply, { locale, title: t.title, body });
    } catch (error) {
      if (!isAppError(error)) throw error;
      const body = details(locale, token, preview, `${t.rejected} ${error.message}`);
      return sendPage(reply, { locale, title: t.title, body, status: error.status });
    }
  });
};
