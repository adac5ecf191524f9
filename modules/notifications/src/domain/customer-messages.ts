import type { Locale } from '@nexova/http';
import { money } from './messages';

// What a customer is told, in the workspace's language (es, pt-BR, en): a subject and a plain text.

export type CustomerFacts = { name: string; number: number; total: number; currency: string; business: string };
type Mail = { subject: string; text: string };
/** The customer kinds about an order (an appointment reminder's mail is agenda's). */
export type OrderKind = 'order_confirmed' | 'order_shipped';

const texts: Record<Locale, Record<OrderKind, (f: CustomerFacts, amount: string) => Mail>> = {
  en: {
    order_confirmed: (f, amount) => ({
      subject: `Your order #${f.number} is confirmed`,
      text: `Hello ${f.name},\n\nWe received your payment: order #${f.number} (${amount}) is confirmed.\n\nThank you,\n${f.business}\n`,
    }),
    order_shipped: (f) => ({
      subject: `Your order #${f.number} is on its way`,
      text: `Hello ${f.name},\n\nYour order #${f.number} has been shipped.\n\nThank you,\n${f.business}\n`,
    }),
  },
  es: {
    order_confirmed: (f, amount) => ({
      subject: `Tu pedido #${f.number} está confirmado`,
      text: `Hola ${f.name}:\n\nRecibimos tu pago: el pedido #${f.number} (${amount}) está confirmado.\n\nGracias,\n${f.business}\n`,
    }),
    order_shipped: (f) => ({
      subject: `Tu pedido #${f.number} va en camino`,
      text: `Hola ${f.name}:\n\nEnviamos tu pedido #${f.number}.\n\nGracias,\n${f.business}\n`,
    }),
  },
  'pt-BR': {
    order_confirmed: (f, amount) => ({
      subject: `Seu pedido #${f.number} está confirmado`,
      text: `Olá ${f.name},\n\nRecebemos seu pagamento: o pedido #${f.number} (${amount}) está confirmado.\n\nObrigado,\n${f.business}\n`,
    }),
    order_shipped: (f) => ({
      subject: `Seu pedido #${f.number} foi enviado`,
      text: `Olá ${f.name},\n\nSeu pedido #${f.number} foi enviado.\n\nObrigado,\n${f.business}\n`,
    }),
  },
};

export function customerMail(kind: OrderKind, facts: CustomerFacts, locale: Locale): Mail {
  return texts[locale][kind](facts, money(facts.total, facts.currency, locale));
}
