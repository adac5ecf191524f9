import type { Locale } from '@nexova/http';
import type { MailMessage } from './mailer';

// The password-reset mail in the reader's language (es, pt-BR, en).
const texts: Record<Locale, (name: string, minutes: number, link: string) => { subject: string; text: string }> = {
  en: (name, minutes, link) => ({
    subject: 'Reset your Nexova password',
    text: `Hello ${name},\n\nTo choose a new password open this link (valid ${minutes} minutes, once):\n\n${link}\n\nIf you did not ask for this, ignore this email.\n`,
  }),
  es: (name, minutes, link) => ({
    subject: 'Restablece tu contraseña de Nexova',
    text: `Hola ${name}:\n\nPara elegir una contraseña nueva abre este enlace (válido ${minutes} minutos, una sola vez):\n\n${link}\n\nSi no lo pediste, ignora este correo.\n`,
  }),
  'pt-BR': (name, minutes, link) => ({
    subject: 'Redefina sua senha da Nexova',
    text: `Olá, ${name}!\n\nPara escolher uma nova senha, abra este link (válido por ${minutes} minutos, uma única vez):\n\n${link}\n\nSe você não pediu isso, ignore este e-mail.\n`,
  }),
};

export function resetMail(input: {
  to: string;
  name: string;
  minutes: number;
  publicUrl: string;
  token: string;
  locale: Locale;
}): MailMessage {
  const link = `${input.publicUrl}/reset-password?token=${encodeURIComponent(input.token)}&lang=${input.locale}`;
  return { to: input.to, ...texts[input.locale](input.name, input.minutes, link) };
}
