// Personal-data keyring (docs/PRIVACY.md): master key (KMS) → workspace key → person data key.
export { bindKms, kmsOf } from './bound';
export { configuredKms, type Kms, localKms } from './kms';
export {
  blindIndex,
  isPersonSealed,
  openPersonal,
  openPersonalMany,
  PERSON_SEALED_PREFIX,
  type SealedItem,
  sealPersonal,
} from './person-data';
export { personKey, shredPersonKey } from './person-key';
export { personal } from './personal';
export type { KeyPurpose } from './purpose';
export { type RotationResult, rotateWorkspaceKeys } from './rotate-keys';
