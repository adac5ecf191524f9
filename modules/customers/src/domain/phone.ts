import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

export type NormalisedPhone = {
  /** E.164, canonical form: Brazilian mobiles always carry the ninth digit. */
  e164: string;
  /** What two spellings of the same WhatsApp number share; unique per workspace among active customers. */
  matchKey: string;
};

/**
 * Normalises a phone number as people and WhatsApp write it. WhatsApp reports some numbers in an
 * older or alternative form than the one the customer gave, creating duplicates:
 * - Brazil (+55): mobiles gained a ninth digit (9) after the area code; WhatsApp ids of older
 *   accounts still lack it. Canonical form and key: DDD + 9 + 8 digits.
 * - Argentina (+54): mobiles are +54 9 AREA NUMBER internationally, 0 AREA 15 NUMBER locally, and
 *   often +54 AREA NUMBER without the 9. The key drops the 9 (libphonenumber already maps "15").
 * - Mexico (+52): the mobile "1" after the country code was retired in 2019; the key drops it.
 * Returns null when the input is not a possible phone number.
 */
export function normalisePhone(raw: string, defaultRegion: string): NormalisedPhone | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultRegion.toUpperCase() as CountryCode);
  if (!parsed) return null;
  const cc = parsed.countryCallingCode;
  let national = parsed.nationalNumber as string;
  if (cc === '52' && national.length === 11 && national.startsWith('1')) national = national.slice(1);
  if (cc === '55' && national.length === 10 && /^[6-9]$/.test(national[2] ?? '')) {
    national = `${national.slice(0, 2)}9${national.slice(2)}`;
  }
  const e164 = `+${cc}${national}`;
  const check = parsePhoneNumberFromString(e164);
  if (!check?.isPossible()) return null;
  const keyNational = cc === '54' && national.length === 11 && national.startsWith('9') ? national.slice(1) : national;
  return { e164, matchKey: `+${cc}${keyNational}` };
}
