// Check-digit arithmetic shared by the Latin American identity documents (pure, no I/O).

/** Weighted sum of digit characters, weights applied from the rightmost digit leftwards. */
export function weightedFromRight(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += digit * (weights[i % weights.length] as number);
  }
  return sum;
}

/** Chile's RUT verifier: mod 11 over weights 2..7 from the right; 10 → K, 11 → 0. */
export function rutVerifier(body: string): string {
  const r = 11 - (weightedFromRight(body, [2, 3, 4, 5, 6, 7]) % 11);
  return r === 11 ? '0' : r === 10 ? 'K' : String(r);
}

/** Argentina's CUIT/CUIL verifier over its first ten digits; null when the number cannot have one. */
export function cuitVerifier(first10: string): string | null {
  const r = 11 - (weightedFromRight(first10, [2, 3, 4, 5, 6, 7]) % 11);
  if (r === 11) return '0';
  if (r === 10) return null; // AFIP never issues these (it changes the prefix to 23/33 instead)
  return String(r);
}

/** Colombia's NIT verifier (DIAN): prime weights from the right, mod 11; 0 or 1 stay, otherwise 11 - r. */
export function nitVerifier(body: string): string {
  const primes = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const r = weightedFromRight(body, primes) % 11;
  return String(r > 1 ? 11 - r : r);
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Mexico's CURP verifier (RENAPO): values 0..36 over the first 17 characters, weights 18..2, mod 10. */
export function curpVerifier(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(first17[i] as string) * (18 - i);
  return String((10 - (sum % 10)) % 10);
}

const RFC_ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/** Mexico's RFC verifier (SAT): a company's 11 leading characters are padded to 12 with a space. */
export function rfcVerifier(withoutVerifier: string): string {
  const padded = withoutVerifier.padStart(12, ' ');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += RFC_ALPHABET.indexOf(padded[i] as string) * (13 - i);
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'A' : String(r);
}
