// Personal-data keyring (docs/PRIVACY.md): master key (KMS) → workspace key → person data key.
export { configuredKms, type Kms, localKms } from './kms';
export { blindIndex, isPersonSealed, openPersonal, PERSON_SEALED_PREFIX, sealPersonal } from './person-data';
export { personKey, shredPersonKey } from './person-key';
export { type RotationResult, rotateWorkspaceKeys } from './rotate-keys';
