import { normalisePhone } from './phone';

/** The fields of an address as use-cases take them (camelCase); absent means "keep" on update. */
export type AddressFields = {
  label?: string | null;
  recipient?: string | null;
  line1?: string;
  line2?: string | null;
  city?: string;
  region?: string | null;
  postalCode?: string | null;
  country?: string;
  phone?: string | null;
};

const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() || null);

/**
 * Trims the text fields (blank optional ones become null), upper-cases the country and writes the
 * phone as E.164 in the address's country; `{ problem }` names the field when the phone is not one.
 */
export function cleanAddress(
  fields: AddressFields,
  country: string,
): { values: AddressFields } | { problem: { pointer: string; message: string } } {
  const phone = blankToNull(fields.phone);
  const normalised = phone ? normalisePhone(phone, country) : null;
  if (phone && !normalised)
    return {
      problem: { pointer: '/phone', message: 'is not a valid phone number (use +country code or a local number)' },
    };
  return {
    values: {
      label: blankToNull(fields.label),
      recipient: blankToNull(fields.recipient),
      line1: fields.line1?.trim(),
      line2: blankToNull(fields.line2),
      city: fields.city?.trim(),
      region: blankToNull(fields.region),
      postalCode: blankToNull(fields.postalCode),
      country: fields.country?.trim().toUpperCase(),
      phone: phone === undefined ? undefined : (normalised?.e164 ?? null),
    },
  };
}
