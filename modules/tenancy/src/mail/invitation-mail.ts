import type { Locale } from '@nexova/http';

// The invitation mail in the workspace's language (es, pt-BR, en), linking to /accept-invitation.
const texts: Record<Locale, (workspace: string, link: string) => { subject: string; text: string }> = {
  en: (workspace, link) => ({
    subject: `You are invited to ${workspace} on Nexova`,
    text: `You have been invited to join ${workspace} on Nexova.\n\nOpen this link to accept the invitation (with your account, or create one with this email):\n\n${link}\n`,
  }),
  es: (workspace, link) => ({
    subject: `Te invitaron a ${workspace} en Nexova`,
    text: `Te invitaron a unirte a ${workspace} en Nexova.\n\nAbre este enlace para aceptar la invitación (con tu cuenta, o crea una con este correo):\n\n${link}\n`,
  }),
  'pt-BR': (workspace, link) => ({
    subject: `Você foi convidado para ${workspace} na Nexova`,
    text: `Você foi convidado para participar de ${workspace} na Nexova.\n\nAbra este link para aceitar o convite (com sua conta, ou crie uma com este e-mail):\n\n${link}\n`,
  }),
};

const asLocale = (value: string | undefined): Locale => (value === 'es' || value === 'pt-BR' ? value : 'en');

export function invitationMail(input: {
  to: string;
  workspace: string;
  publicUrl: string;
  token: string;
  locale?: string;
}) {
  const locale = asLocale(input.locale);
  const link = `${input.publicUrl}/accept-invitation?token=${encodeURIComponent(input.token)}&lang=${locale}`;
  return { to: input.to, ...texts[locale](input.workspace, link) };
}
