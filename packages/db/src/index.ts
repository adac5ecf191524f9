export { lockForTransaction } from './advisory-lock';
export { afterCommit } from './after-commit';
export { type AuditSlot, type AuditWriter, flushAudit } from './audit-slot';
export { type Availability, type AvailabilityLogger, alwaysReachable } from './availability';
export { type DatabaseHandle, type DatabaseOptions, loadPgliteExtensions, openDatabase } from './client';
export {
  type DataDirLock,
  DataDirLockedError,
  type LockHolder,
  lockDataDir,
  readDataDirLock,
} from './data-dir-lock';
export type { DataDirState } from './data-dir-state';
export { deferred, inlineParams } from './inline-params';
export { epochMicros, keysetAfter, keysetAfterId } from './keyset';
export { type MigrationStatus, migrationStatus, readJournal } from './migrations';
export { notifyAfterCommit } from './notify';
export { MIGRATIONS_FOLDER } from './paths';
export { NestedQueryError } from './pglite-guard';
export { purgeInBatches } from './purge-batches';
export { queryRows } from './rows';
export { checkInterrupted, claimStaleJobs, JobInterrupted, type StaleJob, startHeartbeat } from './stale-jobs';
export { AT_COMMIT, DEFER, literal, literalOrNull } from './statement-batch';
export type { StatementCount } from './statement-count';
export { enterWorkspace, queryable, withSavepoint, withTransaction } from './transaction';
export { onceInTransaction } from './transaction-memo';
export type { AppContext, Database, Driver, Tx, TxContext } from './types';
export { isDatabaseUnavailable } from './unavailable';
export { workspaceOf } from './workspace';
