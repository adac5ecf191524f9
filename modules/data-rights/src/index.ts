// @nexova/data-rights — a person's data-protection rights (LGPD art. 7/11/18): consents per purpose.
export {
  type Consent,
  type ConsentRecord,
  consentSchema,
  type PersonConsents,
  personConsentsSchema,
} from './contracts/consent';
export {
  CONSENT_PURPOSES,
  CONSENT_SOURCES,
  type ConsentPurpose,
  type ConsentSource,
  type ConsentStatus,
  isConsentPurpose,
  LEGAL_BASES,
  type LegalBasis,
} from './domain/consent';
export { dataRightsModule } from './module';
export { type GetPersonConsentsInput, getPersonConsents } from './use-cases/get-person-consents';
export { hasConsent } from './use-cases/has-consent';
export { type RecordConsentInput, recordConsent } from './use-cases/record-consent';
