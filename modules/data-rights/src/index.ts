// @nexova/data-rights — a person's data-protection rights (LGPD art. 7/11/18): consents per purpose.
export {
  type Consent,
  type ConsentRecord,
  consentSchema,
  type PersonConsents,
  personConsentsSchema,
} from './contracts/consent';
export { type PersonExport, personExportSchema } from './contracts/person-export';
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
export { dataRightsPermissions as permissions } from './http/permissions';
export { dataRightsModule } from './module';
export { type GetPersonConsentsInput, getPersonConsents } from './use-cases/get-person-consents';
export { type GetPersonExportInput, getPersonExport } from './use-cases/get-person-export';
export { hasConsent } from './use-cases/has-consent';
export { type RecordConsentInput, recordConsent } from './use-cases/record-consent';
export { type StartPersonExportInput, startPersonExport } from './use-cases/start-person-export';
