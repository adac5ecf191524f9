import { formatMinor } from '@nexova/kernel';
import type { AgentLocale } from './locale';

// The offline agent's replies, one table per locale. Amounts are minor units.

export type Line = { name: string; quantity: number };
export type Summary = { number: number; lines: Line[]; total: string; delivery: string };

export type Replies = {
  greet: string;
  products: (list: string) => string;
  noProducts: (search: string | null) => string;
  notFound: (names: string) => string;
  added: (lines: Line[], total: string) => string;
  confirm: (s: Summary) => string;
  confirmed: (number: number, total: string) => string;
  confirmFailed: string;
  changeOrder: string;
  notUnderstood: string;
  handoff: string;
  pickup: string;
  catalogBody: string;
  catalogButton: string;
  receiptAttached: (number: number) => string;
  noOrderForReceipt: string;
  fileUnreadable: string;
};

const lines = (l: Line[]) => l.map((x) => `${x.quantity} × ${x.name}`).join('\n');

const es: Replies = {
  greet:
    '¡Hola! Soy el asistente de la tienda. Escribe "productos" para ver el catálogo o pide, por ejemplo, "2 x café".',
  products: (list) => `Esto es lo que tenemos:\n${list}\nPide, por ejemplo, "2 x <producto>".`,
  noProducts: (s) => (s ? `No encontré productos para "${s}".` : 'Todavía no hay productos.'),
  notFound: (n) => `No encontré: ${n}.`,
  added: (l, total) =>
    `Anotado:\n${lines(l)}\nTotal: ${total}.\n¿Algo más? Si no, envíame la dirección de entrega o escribe "retiro" para buscarlo.`,
  confirm: (s) =>
    `Tu pedido #${s.number}:\n${lines(s.lines)}\nTotal: ${s.total}\nEntrega: ${s.delivery}\n¿Lo confirmo? (sí/no)`,
  confirmed: (n, total) => `¡Pedido #${n} confirmado! Total: ${total}. Te avisaremos del pago y el envío.`,
  confirmFailed: 'No pude confirmar el pedido. Te paso con una persona si escribes "humano".',
  changeOrder: 'De acuerdo. Puedes agregar productos ("1 x <producto>") o enviarme otra dirección.',
  notUnderstood:
    'No te entendí. Escribe "productos", pide "2 x <producto>" o escribe "humano" para hablar con una persona.',
  handoff: 'Te comunico con una persona de la tienda. Te responderá en breve.',
  pickup: 'retiro en la tienda',
  catalogBody: 'Nuestros productos. Elige uno para pedirlo.',
  catalogButton: 'Ver productos',
  receiptAttached: (n) => `¡Gracias! Guardé tu comprobante en el pedido #${n}. La tienda lo revisará.`,
  noOrderForReceipt: 'Recibí tu archivo, pero no tienes un pedido esperando pago.',
  fileUnreadable: 'No pude abrir tu archivo. ¿Puedes enviarlo de nuevo como imagen o PDF?',
};

const ptBR: Replies = {
  greet: 'Olá! Sou o assistente da loja. Escreva "produtos" para ver o catálogo ou peça, por exemplo, "2 x café".',
  products: (list) => `Temos:\n${list}\nPeça, por exemplo, "2 x <produto>".`,
  noProducts: (s) => (s ? `Não encontrei produtos para "${s}".` : 'Ainda não há produtos.'),
  notFound: (n) => `Não encontrei: ${n}.`,
  added: (l, total) =>
    `Anotado:\n${lines(l)}\nTotal: ${total}.\nMais alguma coisa? Se não, mande o endereço de entrega ou escreva "retirada" para buscar.`,
  confirm: (s) =>
    `Seu pedido #${s.number}:\n${lines(s.lines)}\nTotal: ${s.total}\nEntrega: ${s.delivery}\nPosso confirmar? (sim/não)`,
  confirmed: (n, total) => `Pedido #${n} confirmado! Total: ${total}. Avisaremos sobre o pagamento e a entrega.`,
  confirmFailed: 'Não consegui confirmar o pedido. Escreva "atendente" para falar com uma pessoa.',
  changeOrder: 'Tudo bem. Você pode adicionar produtos ("1 x <produto>") ou mandar outro endereço.',
  notUnderstood:
    'Não entendi. Escreva "produtos", peça "2 x <produto>" ou escreva "atendente" para falar com uma pessoa.',
  handoff: 'Vou chamar uma pessoa da loja. Ela responde em breve.',
  pickup: 'retirada na loja',
  catalogBody: 'Nossos produtos. Escolha um para pedir.',
  catalogButton: 'Ver produtos',
  receiptAttached: (n) => `Obrigado! Guardei seu comprovante no pedido #${n}. A loja vai conferir.`,
  noOrderForReceipt: 'Recebi seu arquivo, mas você não tem um pedido aguardando pagamento.',
  fileUnreadable: 'Não consegui abrir seu arquivo. Pode enviá-lo de novo como imagem ou PDF?',
};

const en: Replies = {
  greet: 'Hi! I am the shop assistant. Write "products" to see the catalog or order, for example, "2 x coffee".',
  products: (list) => `Here is what we have:\n${list}\nOrder, for example, "2 x <product>".`,
  noProducts: (s) => (s ? `I found no products for "${s}".` : 'There are no products yet.'),
  notFound: (n) => `I could not find: ${n}.`,
  added: (l, total) =>
    `Noted:\n${lines(l)}\nTotal: ${total}.\nAnything else? If not, send me the delivery address or write "pickup".`,
  confirm: (s) =>
    `Your order #${s.number}:\n${lines(s.lines)}\nTotal: ${s.total}\nDelivery: ${s.delivery}\nShall I confirm it? (yes/no)`,
  confirmed: (n, total) => `Order #${n} confirmed! Total: ${total}. We will let you know about payment and delivery.`,
  confirmFailed: 'I could not confirm the order. Write "human" to talk to a person.',
  changeOrder: 'Alright. You can add products ("1 x <product>") or send me another address.',
  notUnderstood:
    'Sorry, I did not understand. Write "products", order "2 x <product>" or write "human" to talk to a person.',
  handoff: 'I am passing you to a person from the shop. They will answer shortly.',
  pickup: 'pickup at the shop',
  catalogBody: 'Our products. Pick one to order it.',
  catalogButton: 'See products',
  receiptAttached: (n) => `Thanks! I kept your receipt on order #${n}. The shop will check it.`,
  noOrderForReceipt: 'I got your file, but you have no order awaiting payment.',
  fileUnreadable: 'I could not open your file. Could you send it again as an image or PDF?',
};

export const REPLIES: Record<AgentLocale, Replies> = { es, 'pt-BR': ptBR, en };

/** 1990 + BRL → "R$ 19,90" in pt-BR: the reply's locale and the currency's own decimals. */
export const money = (minor: number, currency: string, locale: AgentLocale) => formatMinor(minor, currency, locale);
