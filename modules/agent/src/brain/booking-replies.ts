import type { AgentLocale } from './locale';

// The offline agent's booking replies (clinic workspaces), one table per locale.

export type Visit = { service: string; when: string; who: string };

export type BookingReplies = {
  services: (list: string) => string;
  noServices: string;
  slots: (service: string, list: string) => string;
  noSlots: (service: string) => string;
  badOption: (n: number) => string;
  held: (v: Visit) => string;
  booked: (v: Visit) => string;
  slotGone: string;
  askCancel: (v: Visit) => string;
  canceled: (v: Visit) => string;
  noAppointment: string;
  kept: string;
  released: string;
  noBooking: string;
};

const es: BookingReplies = {
  services: (list) => `¿Para qué servicio? Responde con el número:\n${list}`,
  noServices: 'Todavía no hay servicios para reservar.',
  slots: (s, list) => `Próximos horarios para ${s}:\n${list}\nResponde con el número del que prefieras.`,
  noSlots: (s) =>
    `No hay horarios libres para ${s} en los próximos días. Escribe "humano" para hablar con una persona.`,
  badOption: (n) => `No hay opción ${n}. Responde con uno de los números de la lista.`,
  held: (v) => `Te reservo ${v.service} el ${v.when} con ${v.who}. ¿Lo confirmo? (sí/no)`,
  booked: (v) => `¡Listo! Tu turno de ${v.service} quedó para el ${v.when} con ${v.who}.`,
  slotGone: 'Ese horario ya no está disponible.',
  askCancel: (v) => `¿Cancelo tu turno de ${v.service} del ${v.when} con ${v.who}? (sí/no)`,
  canceled: (v) => `Listo, cancelé tu turno de ${v.service} del ${v.when}.`,
  noAppointment: 'No encontré turnos próximos a tu nombre.',
  kept: 'De acuerdo, no cambié nada.',
  released: 'De acuerdo, liberé ese horario. Escribe "turno" para ver otros.',
  noBooking: 'Aquí no se reservan turnos por chat. Escribe "humano" para hablar con una persona.',
};

const ptBR: BookingReplies = {
  services: (list) => `Para qual serviço? Responda com o número:\n${list}`,
  noServices: 'Ainda não há serviços para agendar.',
  slots: (s, list) => `Próximos horários para ${s}:\n${list}\nResponda com o número do que preferir.`,
  noSlots: (s) => `Não há horários livres para ${s} nos próximos dias. Escreva "atendente" para falar com uma pessoa.`,
  badOption: (n) => `Não há opção ${n}. Responda com um dos números da lista.`,
  held: (v) => `Reservo ${v.service} em ${v.when} com ${v.who}. Posso confirmar? (sim/não)`,
  booked: (v) => `Pronto! Sua consulta de ${v.service} ficou para ${v.when} com ${v.who}.`,
  slotGone: 'Esse horário não está mais disponível.',
  askCancel: (v) => `Cancelo sua consulta de ${v.service} de ${v.when} com ${v.who}? (sim/não)`,
  canceled: (v) => `Pronto, cancelei sua consulta de ${v.service} de ${v.when}.`,
  noAppointment: 'Não encontrei consultas futuras no seu nome.',
  kept: 'Tudo bem, não mudei nada.',
  released: 'Tudo bem, liberei esse horário. Escreva "consulta" para ver outros.',
  noBooking: 'Aqui não agendamos consultas pelo chat. Escreva "atendente" para falar com uma pessoa.',
};

const en: BookingReplies = {
  services: (list) => `Which service? Reply with its number:\n${list}`,
  noServices: 'There are no services to book yet.',
  slots: (s, list) => `Next free times for ${s}:\n${list}\nReply with the number you prefer.`,
  noSlots: (s) => `There are no free times for ${s} in the next days. Write "human" to talk to a person.`,
  badOption: (n) => `There is no option ${n}. Reply with one of the numbers on the list.`,
  held: (v) => `I am holding ${v.service} on ${v.when} with ${v.who}. Shall I confirm it? (yes/no)`,
  booked: (v) => `Done! Your ${v.service} appointment is on ${v.when} with ${v.who}.`,
  slotGone: 'That time is no longer available.',
  askCancel: (v) => `Shall I cancel your ${v.service} appointment on ${v.when} with ${v.who}? (yes/no)`,
  canceled: (v) => `Done, I canceled your ${v.service} appointment on ${v.when}.`,
  noAppointment: 'I found no upcoming appointments in your name.',
  kept: 'Alright, I changed nothing.',
  released: 'Alright, I released that time. Write "appointment" to see others.',
  noBooking: 'Appointments are not booked by chat here. Write "human" to talk to a person.',
};

export const BOOKING_REPLIES: Record<AgentLocale, BookingReplies> = { es, 'pt-BR': ptBR, en };

/** An instant as the customer reads it: weekday, date and time in the workspace's time zone. */
export function when(iso: string, timeZone: string, locale: AgentLocale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
