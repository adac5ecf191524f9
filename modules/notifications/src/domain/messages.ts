import type { Locale } from '@nexova/http';
import { formatMinor } from '@nexova/kernel';
import type { NotificationKind } from '../contracts/kinds';
import type { Params } from './kind-rules';

// A notification's title and body in the reader's language (es, pt-BR, en), written from the facts
// kept on its row: amounts in the currency's own minor units, times in the workspace's time zone.

export type Rendered = { title: string; body: string };
type Facts = {
  order: string;
  amount: string;
  when: string;
  product: string;
  available: string;
  reason: string;
  conversation: string;
};
type Texts = Record<NotificationKind, (f: Facts) => Rendered>;

const texts: Record<Locale, Texts> = {
  en: {
    stock_low: (f) => ({ title: `Low stock: ${f.product}`, body: `Only ${f.available} left of ${f.product}.` }),
    order_placed: (f) => ({ title: `New order ${f.order}`, body: `Order ${f.order} was placed for ${f.amount}.` }),
    order_paid: (f) => ({ title: `Order ${f.order} paid`, body: `Order ${f.order} is paid in full (${f.amount}).` }),
    payment_failed: (f) => ({
      title: `Payment failed: order ${f.order}`,
      body: `A payment of ${f.amount} for order ${f.order} failed: ${f.reason}.`,
    }),
    appointment_booked: (f) => ({ title: 'Appointment booked', body: `An appointment was booked for ${f.when}.` }),
    appointment_canceled: (f) => ({
      title: 'Appointment canceled',
      body: `The appointment of ${f.when} was canceled.`,
    }),
    handoff_requested: (f) => ({
      title: 'A customer asks for a person',
      body: `Conversation ${f.conversation} waits for a member to take it over${f.reason ? `: ${f.reason}` : '.'}`,
    }),
  },
  es: {
    stock_low: (f) => ({ title: `Stock bajo: ${f.product}`, body: `Quedan solo ${f.available} de ${f.product}.` }),
    order_placed: (f) => ({ title: `Nuevo pedido ${f.order}`, body: `Se creó el pedido ${f.order} por ${f.amount}.` }),
    order_paid: (f) => ({ title: `Pedido ${f.order} pagado`, body: `El pedido ${f.order} está pagado (${f.amount}).` }),
    payment_failed: (f) => ({
      title: `Pago fallido: pedido ${f.order}`,
      body: `Falló un pago de ${f.amount} del pedido ${f.order}: ${f.reason}.`,
    }),
    appointment_booked: (f) => ({ title: 'Cita reservada', body: `Se reservó una cita para el ${f.when}.` }),
    appointment_canceled: (f) => ({ title: 'Cita cancelada', body: `Se canceló la cita del ${f.when}.` }),
    handoff_requested: (f) => ({
      title: 'Un cliente pide hablar con una persona',
      body: `La conversación ${f.conversation} espera que alguien la atienda${f.reason ? `: ${f.reason}` : '.'}`,
    }),
  },
  'pt-BR': {
    stock_low: (f) => ({ title: `Estoque baixo: ${f.product}`, body: `Restam apenas ${f.available} de ${f.product}.` }),
    order_placed: (f) => ({ title: `Novo pedido ${f.order}`, body: `O pedido ${f.order} foi criado por ${f.amount}.` }),
    order_paid: (f) => ({ title: `Pedido ${f.order} pago`, body: `O pedido ${f.order} está pago (${f.amount}).` }),
    payment_failed: (f) => ({
      title: `Pagamento recusado: pedido ${f.order}`,
      body: `Um pagamento de ${f.amount} do pedido ${f.order} falhou: ${f.reason}.`,
    }),
    appointment_booked: (f) => ({ title: 'Consulta agendada', body: `Uma consulta foi agendada para ${f.when}.` }),
    appointment_canceled: (f) => ({ title: 'Consulta cancelada', body: `A consulta de ${f.when} foi cancelada.` }),
    handoff_requested: (f) => ({
      title: 'Um cliente pede para falar com uma pessoa',
      body: `A conversa ${f.conversation} aguarda alguém assumir${f.reason ? `: ${f.reason}` : '.'}`,
    }),
  },
};

export const localeOf = (value: string | null | undefined): Locale =>
  value?.startsWith('pt') ? 'pt-BR' : value?.startsWith('es') ? 'es' : 'en';

/** The title and body of a notification of `kind` for a reader in `locale`. */
export function render(kind: NotificationKind, params: Params, locale: Locale, timeZone: string): Rendered {
  const amount = params.amount ?? params.total;
  const facts: Facts = {
    order: params.number != null ? `#${params.number}` : shortId(params.order_id),
    amount:
      typeof amount === 'number' && typeof params.currency === 'string' ? money(amount, params.currency, locale) : '',
    when: typeof params.starts_at === 'string' ? time(params.starts_at, locale, timeZone) : '',
    product: String(params.product ?? params.sku ?? shortId(params.variant_id)),
    available: String(params.available ?? ''),
    reason: String(params.reason ?? ''),
    conversation: shortId(params.conversation_id),
  };
  return texts[locale][kind](facts);
}

const shortId = (id: unknown) => (typeof id === 'string' ? id.slice(-8) : '');

/** Money as the reader's locale writes it (one formatter for the platform: @nexova/kernel). */
export const money = (minor: number, currency: string, locale: Locale): string => formatMinor(minor, currency, locale);

/** A moment as the reader's locale writes it, in the workspace's time zone (the ISO text if the zone is unknown). */
export function time(iso: string, locale: Locale, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
  } catch {
    return iso;
  }
}
