import type { Locale } from '@nexova/http';
import type { CustomerKind } from '../contracts/kinds';
import { money } from './messages';

// What a customer is told, in the workspace's language (es, pt-BR, en): a subject and a plain text.

export type CustomerFacts = { name: string; number: number; total: number; currency: string; business: string };
type Mail = { subject: string; text: string };

const texts: Record<Locale, Record<CustomerKind, (f: CustomerFacts, amount: string) => Mail>> = {
  en: {
    order_confirmed: (f, amount) => ({
      subject: `Your order #${f.number} is confirmed`,
      text: `Hello ${f.name},\n\nWe received your payment: order #${f.number} (${amount}) is confirmed.\n\nThank you,\n${f.business}\n`,
    }),
  },
  es: {
    order_confirmed: (f, amount) => ({
      subject: `Tu pedido #${f.number} está confirmado`,
      text: `Hola ${f.name}:\n\nRecibimos tu pago: el pedido #${f.number} (${amount}) está confirmado.\n\nGracias,\n${f.business}\n`,
    }),
  },
  'pt-BR': {
    order_confirmed: (f, amount) => ({
      subject: `Seu pedido #${f.number} está confirmado`,
      text: `Olá ${f.name},\n\nRecebemos seu pagamento: o pedido #${f.number} (${amount}) está confirmado.\n\nObrigado,\n${f.business}\n`,
    }),
  },
};

export function customerMail(kind: CustomerKind, facts: CustomerFacts, locale: Locale): Mail {
  return texts[locale][kind](facts, money(facts.total, facts.currency, locale));
}
