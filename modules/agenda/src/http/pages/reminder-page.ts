import type { AppContext } from '@nexova/db';
import {
  acceptFormPosts,
  type FastifyPluginAsyncZod,
  type Html,
  html,
  type Locale,
  PAGE_ROUTE,
  pageLocale,
  sendPage,
} from '@nexova/http';
import { isAppError } from '@nexova/kernel';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { DateTime } from 'luxon';
import type { ReminderSettings } from '../../reminders/notifier';
import type { ReminderClaim } from '../../reminders/reminder-token';
import { getAppointment } from '../../use-cases/get-appointment';
import { moveAppointment } from '../../use-cases/move-appointment';
import { fill, texts } from './reminder-page.texts';

// GET /appointment-reminder?token=…&lang=… (the reminder mail's confirm and cancel links) asks
// the patient to press the button; the button posts the token back and the move happens then, so
// a mail scanner following the link changes nothing. The signed token is the credential (for one
// action on one appointment until it starts): the move runs as system actor `reminder-link`
// through the agenda's own use-case. A forged token answers 404, an expired one 410.

type Refusal = { status: number; body: Html };
type Opened = {
  t: (typeof texts)[Locale];
  claim: ReminderClaim;
  ctx: AppContext;
  appointment: Awaited<ReturnType<typeof getAppointment>>;
  when: string;
};

const field = (value: unknown) => (typeof value === 'string' ? value : '');
const DONE = { confirm: 'confirmed', cancel: 'canceled' } as const;

export const reminderPage: FastifyPluginAsyncZod<{ reminders: Pick<ReminderSettings, 'tokens'> }> = async (
  app,
  deps,
) => {
  acceptFormPosts(app);

  // The token's claim, the appointment and its local time, or the page that refuses the link.
  async function open(base: AppContext, locale: Locale, token: string): Promise<Opened | { refusal: Refusal }> {
    const t = texts[locale];
    const claim = deps.reminders.tokens.verify(token);
    if (claim === 'invalid' || claim === 'expired')
      return {
        refusal: { status: claim === 'invalid' ? 404 : 410, body: html`<p class="error" role="alert">${t[claim]}</p>` },
      };
    const ctx: AppContext = { ...base, workspaceId: claim.workspaceId, actor: { type: 'system', id: 'reminder-link' } };
    const appointment = await getAppointment({ ctx, input: { appointmentId: claim.appointmentId } }).catch(() => null);
    if (!appointment) return { refusal: { status: 404, body: html`<p class="error" role="alert">${t.invalid}</p>` } };
    const { timezone } = await getWorkspaceSettings({ ctx });
    const when = DateTime.fromISO(appointment.starts_at, { zone: timezone })
      .setLocale(locale)
      .toLocaleString({ ...DateTime.DATETIME_FULL, timeZoneName: 'short' });
    return { t, claim, ctx, appointment, when };
  }

  const refused = (locale: Locale, status: string) =>
    html`<p class="error" role="alert">${fill(texts[locale].refused, { status })}</p>`;

  app.get('/appointment-reminder', PAGE_ROUTE, async (request, reply) => {
    const token = field((request.query as Record<string, unknown>).token);
    const locale = pageLocale(request);
    const opened = await open(request.ctx, locale, token);
    if ('refusal' in opened) return sendPage(reply, { locale, title: texts[locale].title.confirm, ...opened.refusal });
    const { t, claim, appointment, when } = opened;
    const title = t.title[claim.action];
    if (appointment.status === DONE[claim.action])
      return sendPage(reply, {
        locale,
        title,
        body: html`<p class="ok" role="status">${fill(t.done[claim.action], { when })}</p>`,
      });
    const body = html`<p>${fill(t.ask[claim.action], { when })}</p>
<form method="post" action="/appointment-reminder?lang=${locale}">
<input type="hidden" name="token" value="${token}">
<button type="submit">${t.button[claim.action]}</button>
</form>`;
    return sendPage(reply, { locale, title, body });
  });

  app.post('/appointment-reminder', PAGE_ROUTE, async (request, reply) => {
    const token = field(((request.body ?? {}) as Record<string, unknown>).token);
    const locale = pageLocale(request);
    const opened = await open(request.ctx, locale, token);
    if ('refusal' in opened) return sendPage(reply, { locale, title: texts[locale].title.confirm, ...opened.refusal });
    const { t, claim, ctx, appointment, when } = opened;
    const title = t.title[claim.action];
    const done = html`<p class="ok" role="status">${fill(t.done[claim.action], { when })}</p>`;
    if (appointment.status === DONE[claim.action]) return sendPage(reply, { locale, title, body: done });
    try {
      await moveAppointment({ ctx, input: moveOf(claim) });
      return sendPage(reply, { locale, title, body: done });
    } catch (error) {
      if (!isAppError(error)) throw error;
      return sendPage(reply, { locale, title, body: refused(locale, appointment.status), status: error.status });
    }
  });
};

const moveOf = (claim: ReminderClaim) => ({
  appointmentId: claim.appointmentId,
  action: claim.action,
  reason: claim.action === 'cancel' ? 'canceled by the patient from the reminder' : null,
});
