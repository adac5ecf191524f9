// What a consent is made of (LGPD art. 7 and 11): the purposes the workspace asks consent for, the
// legal bases a processing can rest on, and where a decision was recorded.

/** Purposes a person can grant or withdraw; marketing sends check these (hasConsent). */
export const CONSENT_PURPOSES = ['marketing_whatsapp', 'marketing_email', 'health_data_processing'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** LGPD art. 7 (personal data) and art. 11 (sensitive data, e.g. health) legal bases. */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interest',
  'legitimate_interest',
  'health_protection',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const CONSENT_STATUSES = ['granted', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Who brought the decision in: a member of staff, the person on WhatsApp, an integration through the API. */
export const CONSENT_SOURCES = ['staff', 'whatsapp', 'api'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export const isConsentPurpose = (value: string): value is ConsentPurpose =>
  (CONSENT_PURPOSES as readonly string[]).includes(value);
