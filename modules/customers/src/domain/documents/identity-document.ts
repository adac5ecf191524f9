import { cnpj, cpf } from 'cpf-cnpj-validator';
import { cuitVerifier, curpVerifier, nitVerifier, rfcVerifier, rutVerifier } from './check-digits';

// Identity documents of the markets Nexova serves, validated by their check digits and stored in one
// normal form (upper case, no dots, dashes, slashes or spaces), which is what uniqueness and lookup compare.

export const DOCUMENT_TYPES = ['cpf', 'cnpj', 'dni', 'cuit', 'curp', 'rfc', 'rut', 'cc', 'nit'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The country that issues each document type (ISO 3166-1 alpha-2). */
export const DOCUMENT_COUNTRY: Record<DocumentType, 'BR' | 'AR' | 'MX' | 'CL' | 'CO'> = {
  cpf: 'BR',
  cnpj: 'BR',
  dni: 'AR',
  cuit: 'AR',
  curp: 'MX',
  rfc: 'MX',
  rut: 'CL',
  cc: 'CO',
  nit: 'CO',
};

/** Upper case without separators; CURP and RFC keep Ñ and & (they are part of the number). */
export function normaliseDocument(raw: string): string {
  return raw
    .normalize('NFC')
    .toUpperCase()
    .replace(/[\s.\-/_]/g, '');
}

const CURP =
  /^[A-Z][AEIOUX][A-Z]{2}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[HMX](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d$/;
const RFC = /^([A-ZÑ&]{3,4})\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z\d]{2}[A\d]$/;

/** Whether a normalised number is a valid document of this type (format and check digits). */
export function isValidDocument(type: DocumentType, n: string): boolean {
  switch (type) {
    case 'cpf':
      return /^\d{11}$/.test(n) && cpf.isValid(n);
    case 'cnpj':
      return /^[A-Z\d]{12}\d{2}$/.test(n) && cnpj.isValid(n);
    case 'dni':
      // The DNI carries no check digit: 7 or 8 digits, not starting with 0.
      return /^[1-9]\d{6,7}$/.test(n);
    case 'cuit':
      return /^(20|23|24|25|26|27|30|33|34)\d{9}$/.test(n) && cuitVerifier(n.slice(0, 10)) === n[10];
    case 'curp':
      return CURP.test(n) && curpVerifier(n.slice(0, 17)) === n[17];
    case 'rfc':
      return RFC.test(n) && (n.length === 12 || n.length === 13) && rfcVerifier(n.slice(0, -1)) === n.at(-1);
    case 'rut':
      return /^[1-9]\d{0,8}[\dK]$/.test(n) && rutVerifier(n.slice(0, -1)) === n.at(-1);
    case 'cc':
      // The cédula de ciudadanía carries no check digit: 3 to 10 digits, not starting with 0.
      return /^[1-9]\d{2,9}$/.test(n);
    case 'nit':
      // Body and verifier written together (the verifier is the last digit).
      return /^[1-9]\d{5,14}$/.test(n) && nitVerifier(n.slice(0, -1)) === n.at(-1);
  }
}

export type ParsedDocument = { type: DocumentType; country: string; number: string };

/** The normalised document, or null when the number is not valid for its type. */
export function parseDocument(type: DocumentType, raw: string): ParsedDocument | null {
  const number = normaliseDocument(raw);
  return isValidDocument(type, number) ? { type, country: DOCUMENT_COUNTRY[type], number } : null;
}
