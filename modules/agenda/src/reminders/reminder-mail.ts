import type { Locale } from '@nexova/http';
import { DateTime } from 'luxon';
import { icsRequest } from './ics';
import type { Notice } from './notifier';

// The reminder in the workspace's language (es, pt-BR, en): the service, the professional, the
// local time in the workspace's time zone, confirm and cancel links, and the .ics of the visit.

type Facts = { name: string; service: string; professional: string; when: string; confirm: string; cancel: string };

const texts: Record<Locale, (f: Facts) => { subject: string; text: string }> = {
  en: (f) => ({
    subject: `Reminder: ${f.service} on ${f.when}`,
    text: `Hello ${f.name},\n\nThis is a reminder of your appointment: ${f.service} with ${f.professional} on ${f.when}.\n\nConfirm your attendance:\n${f.confirm}\n\nCancel the appointment:\n${f.cancel}\n\nThe attached invitation adds it to your calendar.\n`,
  }),
  es: (f) => ({
    subject: `Recordatorio: ${f.service} el ${f.when}`,
    text: `Hola ${f.name}:\n\nTe recordamos tu cita: ${f.service} con ${f.professional} el ${f.when}.\n\nConfirma tu asistencia:\n${f.confirm}\n\nCancela la cita:\n${f.cancel}\n\nLa invitación adjunta la agrega a tu calendario.\n`,
  }),
  'pt-BR': (f) => ({
    subject: `Lembrete: ${f.service} em ${f.when}`,
    text: `Olá ${f.name},\n\nLembramos sua consulta: ${f.service} com ${f.professional} em ${f.when}.\n\nConfirme sua presença:\n${f.confirm}\n\nCancele a consulta:\n${f.cancel}\n\nO convite anexo a adiciona ao seu calendário.\n`,
  }),
};

export const reminderLocale = (value: string | undefined): Locale =>
  value?.startsWith('pt') ? 'pt-BR' : value?.startsWith('es') ? 'es' : 'en';

export type ReminderMailInput = {
  to: string | null;
  personId: string;
  patientName: string;
  service: string;
  professional: string;
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  locale: string;
  timezone: string;
  /** Builds the page link of one action (its signed token inside). */
  link: (action: 'confirm' | 'cancel', locale: Locale) => string;
};

export function reminderMail(input: ReminderMailInput): Notice {
  const locale = reminderLocale(input.locale);
  const when = DateTime.fromJSDate(input.startsAt, { zone: input.timezone })
    .setLocale(locale)
    .toLocaleString({ ...DateTime.DATETIME_FULL, timeZoneName: 'short' });
  const facts = {
    name: input.patientName,
    service: input.service,
    professional: input.professional,
    when,
    confirm: input.link('confirm', locale),
    cancel: input.link('cancel', locale),
  };
  const { subject, text } = texts[locale](facts);
  const ics = icsRequest({
    uid: input.appointmentId,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    summary: `${input.service} · ${input.professional}`,
    description: text,
  });
  return {
    personId: input.personId,
    appointmentId: input.appointmentId,
    to: input.to,
    subject,
    text,
    attachments: [
      { filename: 'appointment.ics', content: ics, contentType: 'text/calendar; method=REQUEST; charset=utf-8' },
    ],
    facts: { name: facts.name, service: facts.service, when, professional: facts.professional },
  };
}
