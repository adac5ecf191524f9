import type { Locale } from './i18n';

// Validation messages written for people, in their language: "first_name is required", not zod's
// "Invalid input: expected string, received undefined". One place maps every zod issue code; a
// message a schema wrote itself (`.regex(re, 'must be a bucket name')`) is kept as written.

/** What the validator reports about one failed check (zod's issue, as fastify-type-provider-zod passes it). */
export type Issue = { code?: string; message?: string; params?: Record<string, unknown> };

type Words = {
  required: string;
  type: string;
  types: Record<string, string>;
  min: Record<'number' | 'length' | 'items' | 'date' | 'nonempty' | 'above', string>;
  max: Record<'number' | 'length' | 'items' | 'date' | 'below', string>;
  formats: Record<string, string>;
  format: string;
  oneOf: string;
  unknownKeys: string;
  multipleOf: string;
  invalid: string;
  body: string;
};

const en: Words = {
  required: '{f} is required',
  type: '{f} must be {t}',
  types: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    date: 'a date',
  },
  min: {
    number: '{f} must be at least {n}',
    above: '{f} must be greater than {n}',
    length: '{f} must be at least {n} characters long',
    items: '{f} must have at least {n} items',
    date: '{f} must be on or after {n}',
    nonempty: '{f} must not be empty',
  },
  max: {
    number: '{f} must be at most {n}',
    below: '{f} must be less than {n}',
    length: '{f} must be at most {n} characters long',
    items: '{f} must have at most {n} items',
    date: '{f} must be on or before {n}',
  },
  formats: {
    email: '{f} is not a valid email address',
    uuid: '{f} is not a valid id (a UUID)',
    guid: '{f} is not a valid id (a UUID)',
    url: '{f} is not a valid URL',
    datetime: '{f} is not a valid date and time (ISO 8601, e.g. 2026-01-31T14:00:00Z)',
    date: '{f} is not a valid date (YYYY-MM-DD)',
    time: '{f} is not a valid time (HH:MM)',
    e164: '{f} is not a valid phone number',
  },
  format: '{f} is not in a valid format',
  oneOf: '{f} must be one of: {v}',
  unknownKeys: '{v}: not a known field',
  multipleOf: '{f} must be a multiple of {n}',
  invalid: '{f} is not valid',
  body: 'the body',
};

const es: Words = {
  required: '{f} es obligatorio',
  type: '{f} debe ser {t}',
  types: {
    string: 'texto',
    number: 'un número',
    int: 'un número entero',
    boolean: 'true o false',
    object: 'un objeto',
    array: 'una lista',
    date: 'una fecha',
  },
  min: {
    number: '{f} debe ser como mínimo {n}',
    above: '{f} debe ser mayor que {n}',
    length: '{f} debe tener al menos {n} caracteres',
    items: '{f} debe tener al menos {n} elementos',
    date: '{f} debe ser igual o posterior a {n}',
    nonempty: '{f} no puede estar vacío',
  },
  max: {
    number: '{f} debe ser como máximo {n}',
    below: '{f} debe ser menor que {n}',
    length: '{f} debe tener como máximo {n} caracteres',
    items: '{f} debe tener como máximo {n} elementos',
    date: '{f} debe ser igual o anterior a {n}',
  },
  formats: {
    email: '{f} no es una dirección de correo electrónico válida',
    uuid: '{f} no es un identificador válido (UUID)',
    guid: '{f} no es un identificador válido (UUID)',
    url: '{f} no es una URL válida',
    datetime: '{f} no es una fecha y hora válida (ISO 8601, p. ej. 2026-01-31T14:00:00Z)',
    date: '{f} no es una fecha válida (AAAA-MM-DD)',
    time: '{f} no es una hora válida (HH:MM)',
    e164: '{f} no es un número de teléfono válido',
  },
  format: '{f} no tiene un formato válido',
  oneOf: '{f} debe ser uno de: {v}',
  unknownKeys: '{v}: campo desconocido',
  multipleOf: '{f} debe ser múltiplo de {n}',
  invalid: '{f} no es válido',
  body: 'el cuerpo',
};

const ptBR: Words = {
  required: '{f} é obrigatório',
  type: '{f} deve ser {t}',
  types: {
    string: 'texto',
    number: 'um número',
    int: 'um número inteiro',
    boolean: 'true ou false',
    object: 'um objeto',
    array: 'uma lista',
    date: 'uma data',
  },
  min: {
    number: '{f} deve ser no mínimo {n}',
    above: '{f} deve ser maior que {n}',
    length: '{f} deve ter pelo menos {n} caracteres',
    items: '{f} deve ter pelo menos {n} itens',
    date: '{f} deve ser igual ou posterior a {n}',
    nonempty: '{f} não pode estar vazio',
  },
  max: {
    number: '{f} deve ser no máximo {n}',
    below: '{f} deve ser menor que {n}',
    length: '{f} deve ter no máximo {n} caracteres',
    items: '{f} deve ter no máximo {n} itens',
    date: '{f} deve ser igual ou anterior a {n}',
  },
  formats: {
    email: '{f} não é um endereço de e-mail válido',
    uuid: '{f} não é um identificador válido (UUID)',
    guid: '{f} não é um identificador válido (UUID)',
    url: '{f} não é uma URL válida',
    datetime: '{f} não é uma data e hora válida (ISO 8601, ex. 2026-01-31T14:00:00Z)',
    date: '{f} não é uma data válida (AAAA-MM-DD)',
    time: '{f} não é um horário válido (HH:MM)',
    e164: '{f} não é um número de telefone válido',
  },
  format: '{f} não tem um formato válido',
  oneOf: '{f} deve ser um de: {v}',
  unknownKeys: '{v}: campo desconhecido',
  multipleOf: '{f} deve ser múltiplo de {n}',
  invalid: '{f} não é válido',
  body: 'o corpo',
};

const words: Record<Locale, Words> = { en, es, 'pt-BR': ptBR };

// zod's own English messages start like this; anything else was written by the schema's author.
const LIBRARY_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized key|Expected|Input not instance|Required)/;

const fill = (template: string, values: Record<string, unknown>) =>
  template.replace(/\{(\w)\}/g, (_, key: string) => String(values[key] ?? ''));

/** The name people see for a pointer: its last named segment (`/lines/0/quantity` → quantity). */
export function fieldName(pointer: string, locale: Locale): string {
  const named = pointer
    .split('/')
    .filter((part) => part !== '' && !/^\d+$/.test(part))
    .at(-1);
  return named ?? words[locale].body;
}

function boundMessage(w: Words, issue: Issue, side: 'min' | 'max'): string {
  const p = issue.params ?? {};
  const n = side === 'min' ? p.minimum : p.maximum;
  const inclusive = p.inclusive !== false;
  switch (p.origin) {
    case 'string':
      return side === 'min' && Number(n) === 1 ? w.min.nonempty : w[side].length;
    case 'array':
    case 'set':
      return side === 'min' && Number(n) === 1 ? w.min.nonempty : w[side].items;
    case 'date':
      return w[side].date;
    default:
      if (inclusive) return w[side].number;
      return side === 'min' ? w.min.above : w.max.below;
  }
}

/** A validation issue as a sentence for people in `locale`, naming the field at `pointer`. */
export function humanMessage(issue: Issue, pointer: string, locale: Locale): string {
  const w = words[locale];
  const p = issue.params ?? {};
  const f = fieldName(pointer, locale);
  const message = issue.message ?? '';
  if (message && !LIBRARY_MESSAGE.test(message)) return message;
  const values = { f, n: p.minimum ?? p.maximum ?? p.divisor, v: '', t: '' };
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(message)) return fill(w.required, values);
      return fill(w.type, { ...values, t: w.types[String(p.expected)] ?? String(p.expected) });
    case 'too_small':
      return fill(boundMessage(w, issue, 'min'), values);
    case 'too_big':
      return fill(boundMessage(w, issue, 'max'), values);
    case 'invalid_format':
      return fill(w.formats[String(p.format)] ?? w.format, values);
    case 'invalid_value':
      return fill(w.oneOf, { ...values, v: ((p.values as unknown[]) ?? []).map((v) => String(v)).join(', ') });
    case 'unrecognized_keys':
      return fill(w.unknownKeys, { ...values, v: ((p.keys as unknown[]) ?? []).join(', ') });
    case 'not_multiple_of':
      return fill(w.multipleOf, values);
    default:
      return fill(w.invalid, values);
  }
}

/** The stable code of an issue for programs: `required` for a missing value, else zod's code. */
export function issueCode(issue: Issue): string | undefined {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message ?? '')) return 'required';
  return issue.code;
}
