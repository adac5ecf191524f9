// Intent matching for the offline agent: small keyword rules for es, pt-BR and en. Input is the
// customer's text; output one intent. Order matters: handoff beats everything, then yes/no, etc.

export type Intent =
  | { kind: 'handoff' }
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'greet' }
  | { kind: 'list_products'; search: string | null }
  | { kind: 'add_items'; items: { quantity: number; product: string }[] }
  | { kind: 'book' }
  | { kind: 'cancel_booking' }
  | { kind: 'choice'; n: number }
  | { kind: 'unknown' };

/** Lower-case, without accents, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[¿¡!?.,;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (t: string) => t.split(' ');
const HANDOFF = ['humano', 'humana', 'atendente', 'agent', 'human', 'persona', 'pessoa', 'operador', 'asesor'];
const YES = ['si', 'sim', 'yes', 'ok', 'dale', 'confirmo', 'confirmar', 'confirm', 'claro', 'yep', 'isso'];
const NO = ['no', 'nao', 'cancelar', 'cancel', 'nope'];
const GREET = ['hola', 'ola', 'oi', 'hello', 'hi', 'hey', 'buenas', 'buenos', 'bom', 'boa', 'good'];
const LIST = [
  'productos',
  'produtos',
  'products',
  'catalogo',
  'catalog',
  'menu',
  'tienen',
  'tem',
  'have',
  'precio',
  'preco',
  'price',
];
const FILLER = new Set([
  'que',
  'de',
  'do',
  'da',
  'los',
  'las',
  'os',
  'as',
  'the',
  'what',
  'do',
  'you',
  'tienen',
  'tem',
  'have',
  'hay',
  'ver',
  'see',
  'show',
  'me',
  'mostrar',
  'quiero',
  'quero',
  'want',
  'your',
  'sus',
  'seus',
  'quais',
  'qual',
  'cuales',
  'cual',
  'which',
  'voces',
  'vcs',
  'vc',
  'ustedes',
  'tienes',
  'any',
  'algum',
  'alguns',
  'algun',
  'algunos',
  'are',
  'there',
]);

// Booking (clinic workspaces): a visit noun or a booking verb; with a cancel word, a cancellation.
const VISIT = ['turno', 'turnos', 'cita', 'consulta', 'agendamento', 'appointment', 'appointments', 'booking'];
const BOOK_VERB = ['agendar', 'marcar', 'reservar', 'book', 'schedule'];
const CANCEL = ['cancelar', 'cancela', 'cancelo', 'cancel', 'desmarcar', 'anular'];
// "2", "opción 2", "o 2", "the 2" — a pick from a numbered list.
const CHOICE = /^(?:(?:opcion|opcao|option|numero|number|nro|el|la|o|a|the|no)\s*)?(\d{1,2})$/;

// "2 x coffee", "2x coffee", "quiero 3 empanadas", "2 pizzas y 1 coca"
const ITEM =
  /(\d{1,3})\s*(?:x|un|unidades de|unidades|units of|units|de)?\s+([a-z][a-z0-9 ]*?)(?=\s+(?:y|e|and)\s+\d|\s*\d|$)/g;

export function matchIntent(text: string): Intent {
  const t = normalise(text);
  if (!t) return { kind: 'unknown' };
  const w = words(t);
  if (w.some((x) => HANDOFF.includes(x))) return { kind: 'handoff' };
  const choice = CHOICE.exec(t);
  if (choice) return { kind: 'choice', n: Number(choice[1]) };
  if (w.some((x) => VISIT.includes(x))) return { kind: w.some((x) => CANCEL.includes(x)) ? 'cancel_booking' : 'book' };
  const items = [...t.matchAll(ITEM)]
    .map((m) => ({ quantity: Number(m[1]), product: (m[2] ?? '').trim() }))
    .filter((i) => i.quantity > 0 && i.product);
  if (items.length) return { kind: 'add_items', items };
  if (w.length <= 3 && w.some((x) => YES.includes(x))) return { kind: 'yes' };
  if (w.length <= 3 && w.some((x) => NO.includes(x))) return { kind: 'no' };
  // A booking verb without a visit noun ("quiero reservar") is weaker than an order ("reservar 2 x café").
  if (w.some((x) => BOOK_VERB.includes(x))) return { kind: 'book' };
  if (w.some((x) => LIST.includes(x))) {
    const rest = w.filter((x) => !LIST.includes(x) && !FILLER.has(x));
    return { kind: 'list_products', search: rest.length ? rest.join(' ') : null };
  }
  if (w.some((x) => GREET.includes(x))) return { kind: 'greet' };
  return { kind: 'unknown' };
}
