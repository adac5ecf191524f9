import {
  acceptFormPosts,
  type FastifyPluginAsyncZod,
  html,
  type Locale,
  PAGE_ROUTE,
  pageLocale,
  sendPage,
} from '@nexova/http';
import { isAppError } from '@nexova/kernel';
import type { IdentityDeps } from '../../runtime';
import { checkResetToken } from '../../use-cases/check-reset-token';
import { resetPassword } from '../../use-cases/reset-password';

// GET /reset-password?token=… (the link of the reset mail): a new-password form that posts back to
// the same page, which calls the same use-case as POST /api/v1/auth/reset-password. The one-time
// token in the form is the credential (no cookies, so no cross-site request can borrow a session).

const t: Record<Locale, Record<'title' | 'password' | 'submit' | 'done' | 'invalid' | 'rejected', string>> = {
  en: {
    title: 'Choose a new password',
    password: 'New password',
    submit: 'Save password',
    done: 'Your password was changed. Sign in with the new one; every other session was closed.',
    invalid: 'This reset link is invalid, already used or expired. Ask for a new one.',
    rejected: 'The password was not accepted:',
  },
  es: {
    title: 'Elige una contraseña nueva',
    password: 'Contraseña nueva',
    submit: 'Guardar contraseña',
    done: 'Tu contraseña se cambió. Inicia sesión con la nueva; las demás sesiones se cerraron.',
    invalid: 'Este enlace no es válido, ya se usó o expiró. Pide uno nuevo.',
    rejected: 'La contraseña no se aceptó:',
  },
  'pt-BR': {
    title: 'Escolha uma nova senha',
    password: 'Nova senha',
    submit: 'Salvar senha',
    done: 'Sua senha foi alterada. Entre com a nova; as outras sessões foram encerradas.',
    invalid: 'Este link é inválido, já foi usado ou expirou. Peça um novo.',
    rejected: 'A senha não foi aceita:',
  },
};

const form = (locale: Locale, token: string, minLength: number, error?: string) => html`
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="/reset-password?lang=${locale}">
<input type="hidden" name="token" value="${token}">
<label for="password">${t[locale].password}</label>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="${minLength}" required>
<button type="submit">${t[locale].submit}</button>
</form>`;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const resetPasswordPage: FastifyPluginAsyncZod<IdentityDeps> = async (app, deps) => {
  const runtime = deps.identity;
  const minLength = runtime.settings.passwordMinLength;
  acceptFormPosts(app);

  app.get('/reset-password', PAGE_ROUTE, async (request, reply) => {
    const locale = pageLocale(request);
    const token = text((request.query as Record<string, unknown>).token);
    const live = token !== '' && (await checkResetToken({ ctx: request.ctx, input: { token } }));
    const body = live ? form(locale, token, minLength) : html`<p class="error" role="alert">${t[locale].invalid}</p>`;
    return sendPage(reply, { locale, title: t[locale].title, body, status: live ? 200 : 400 });
  });

  app.post('/reset-password', PAGE_ROUTE, async (request, reply) => {
    const locale = pageLocale(request);
    const fields = (request.body ?? {}) as Record<string, unknown>;
    const token = text(fields.token);
    const title = t[locale].title;
    try {
      await resetPassword({ ctx: request.ctx, input: { token, password: text(fields.password) }, runtime });
      return sendPage(reply, { locale, title, body: html`<p class="ok" role="status">${t[locale].done}</p>` });
    } catch (error) {
      if (!isAppError(error)) throw error;
      const expired = error.errors?.some((f) => f.pointer === '/token');
      const body = expired
        ? html`<p class="error" role="alert">${t[locale].invalid}</p>`
        : form(locale, token, minLength, `${t[locale].rejected} ${error.message}`);
      return sendPage(reply, { locale, title, body, status: error.status });
    }
  });
};
