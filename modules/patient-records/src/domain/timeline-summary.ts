import { formatMinor } from '@nexova/kernel';
import type { Facts } from './timeline-entry';
import type { TimelineKind } from './timeline-kinds';

export { formatMinor };

export type SummaryLocale = 'en' | 'es' | 'pt-BR';

const when = (iso: unknown, locale: SummaryLocale, timeZone: string) =>
  typeof iso === 'string'
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone }).format(new Date(iso))
    : '';

type Parts = { at: string; to: string; money: string; n: string; why: string; what: string };
type Line = (p: Parts) => string;

// One line per kind and locale; appointment times in the workspace's time zone.
const LINES: Record<TimelineKind, Record<SummaryLocale, Line>> = {
  'patient.created': { en: () => 'Patient record opened', es: () => 'Ficha abierta', 'pt-BR': () => 'Ficha aberta' },
  'patient.updated': {
    en: (p) => `Record updated: ${p.what}`,
    es: (p) => `Ficha actualizada: ${p.what}`,
    'pt-BR': (p) => `Ficha atualizada: ${p.what}`,
  },
  'patient.merged': {
    en: () => 'Another record merged into this one',
    es: () => 'Otra ficha se unió a esta',
    'pt-BR': () => 'Outra ficha foi unida a esta',
  },
  'appointment.held': {
    en: (p) => `Slot held for ${p.at}`,
    es: (p) => `Horario reservado para ${p.at}`,
    'pt-BR': (p) => `Horário reservado para ${p.at}`,
  },
  'appointment.booked': {
    en: (p) => `Appointment booked for ${p.at}`,
    es: (p) => `Cita agendada para ${p.at}`,
    'pt-BR': (p) => `Consulta agendada para ${p.at}`,
  },
  'appointment.confirmed': {
    en: (p) => `Appointment of ${p.at} confirmed`,
    es: (p) => `Cita del ${p.at} confirmada`,
    'pt-BR': (p) => `Consulta de ${p.at} confirmada`,
  },
  'appointment.checked_in': {
    en: (p) => `Checked in for ${p.at}`,
    es: (p) => `Llegó para la cita del ${p.at}`,
    'pt-BR': (p) => `Chegou para a consulta de ${p.at}`,
  },
  'appointment.started': {
    en: (p) => `Seen (appointment of ${p.at})`,
    es: (p) => `En atención (cita del ${p.at})`,
    'pt-BR': (p) => `Em atendimento (consulta de ${p.at})`,
  },
  'appointment.completed': {
    en: (p) => `Attended the appointment of ${p.at}`,
    es: (p) => `Atendido en la cita del ${p.at}`,
    'pt-BR': (p) => `Atendido na consulta de ${p.at}`,
  },
  'appointment.canceled': {
    en: (p) => `Appointment of ${p.at} canceled${p.why}`,
    es: (p) => `Cita del ${p.at} cancelada${p.why}`,
    'pt-BR': (p) => `Consulta de ${p.at} cancelada${p.why}`,
  },
  'appointment.no_show': {
    en: (p) => `Did not come to the appointment of ${p.at}`,
    es: (p) => `No asistió a la cita del ${p.at}`,
    'pt-BR': (p) => `Não compareceu à consulta de ${p.at}`,
  },
  'appointment.rescheduled': {
    en: (p) => `Appointment moved from ${p.at} to ${p.to}`,
    es: (p) => `Cita movida del ${p.at} al ${p.to}`,
    'pt-BR': (p) => `Consulta remarcada de ${p.at} para ${p.to}`,
  },
  'appointment.released': {
    en: (p) => `Hold of ${p.at} released`,
    es: (p) => `Reserva del ${p.at} liberada`,
    'pt-BR': (p) => `Reserva de ${p.at} liberada`,
  },
  'appointment.expired': {
    en: (p) => `Hold of ${p.at} expired`,
    es: (p) => `Reserva del ${p.at} vencida`,
    'pt-BR': (p) => `Reserva de ${p.at} expirou`,
  },
  'queue.joined': {
    en: () => 'Joined the reception queue',
    es: () => 'Entró en la fila de recepción',
    'pt-BR': () => 'Entrou na fila da recepção',
  },
  'queue.called': {
    en: () => 'Called from the queue',
    es: () => 'Llamado desde la fila',
    'pt-BR': () => 'Chamado da fila',
  },
  'queue.started': {
    en: () => 'Being seen (from the queue)',
    es: () => 'En atención (desde la fila)',
    'pt-BR': () => 'Em atendimento (da fila)',
  },
  'queue.finished': {
    en: () => 'Seen; left the queue',
    es: () => 'Atendido; salió de la fila',
    'pt-BR': () => 'Atendido; saiu da fila',
  },
  'queue.left': {
    en: () => 'Left the queue before being seen',
    es: () => 'Dejó la fila sin ser atendido',
    'pt-BR': () => 'Saiu da fila sem ser atendido',
  },
  'invoice.issued': {
    en: (p) => `Invoice #${p.n} issued: ${p.money}`,
    es: (p) => `Factura n.º ${p.n} emitida: ${p.money}`,
    'pt-BR': (p) => `Fatura nº ${p.n} emitida: ${p.money}`,
  },
  'invoice.voided': {
    en: (p) => `Invoice #${p.n} voided${p.why}`,
    es: (p) => `Factura n.º ${p.n} anulada${p.why}`,
    'pt-BR': (p) => `Fatura nº ${p.n} anulada${p.why}`,
  },
  'payment.registered': {
    en: (p) => `Payment of ${p.money} (${p.what}) on invoice #${p.n}`,
    es: (p) => `Pago de ${p.money} (${p.what}) de la factura n.º ${p.n}`,
    'pt-BR': (p) => `Pagamento de ${p.money} (${p.what}) da fatura nº ${p.n}`,
  },
  'payment.reversed': {
    en: (p) => `Payment of ${p.money} on invoice #${p.n} reversed${p.why}`,
    es: (p) => `Pago de ${p.money} de la factura n.º ${p.n} revertido${p.why}`,
    'pt-BR': (p) => `Pagamento de ${p.money} da fatura nº ${p.n} estornado${p.why}`,
  },
};

/** The entry's one-line summary in `locale`, written from its stored facts; times in `timeZone`. */
export function summaryOf(kind: TimelineKind, facts: Facts, locale: SummaryLocale, timeZone = 'UTC'): string {
  const amount = facts.total_minor ?? facts.amount_minor;
  const parts: Parts = {
    at: when(facts.starts_at, locale, timeZone),
    to: when(facts.new_starts_at, locale, timeZone),
    money:
      typeof amount === 'number' && typeof facts.currency === 'string'
        ? formatMinor(amount, facts.currency, locale)
        : '',
    n: String(facts.number ?? ''),
    why: typeof facts.reason === 'string' && facts.reason ? ` — ${facts.reason}` : '',
    what: Array.isArray(facts.changed) ? facts.changed.join(', ') : String(facts.method ?? ''),
  };
  return LINES[kind][locale](parts);
}
