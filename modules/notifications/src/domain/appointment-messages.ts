import type { Locale } from '@nexova/http';

// The e-mail a patient gets when an appointment is booked for them, in the workspace's language.

export type BookedFacts = { name: string; service: string; professional: string; when: string; business: string };

const texts: Record<Locale, (f: BookedFacts) => { subject: string; text: string }> = {
  en: (f) => ({
    subject: `Appointment booked: ${f.service} on ${f.when}`,
    text: `Hello ${f.name},\n\nYour appointment is booked: ${f.service} with ${f.professional} on ${f.when}.\n\nSee you soon,\n${f.business}\n`,
  }),
  es: (f) => ({
    subject: `Cita reservada: ${f.service} el ${f.when}`,
    text: `Hola ${f.name}:\n\nTu cita está reservada: ${f.service} con ${f.professional} el ${f.when}.\n\nTe esperamos,\n${f.business}\n`,
  }),
  'pt-BR': (f) => ({
    subject: `Consulta agendada: ${f.service} em ${f.when}`,
    text: `Olá ${f.name},\n\nSua consulta está agendada: ${f.service} com ${f.professional} em ${f.when}.\n\nAté breve,\n${f.business}\n`,
  }),
};

export const bookedMail = (facts: BookedFacts, locale: Locale) => texts[locale](facts);
