// @nexova/audit — the tamper-evident audit trail (issue 14): one hash-chained entry per state
// change, written with it; list, verify, anchors. The only door.
export { anchorHeads } from './anchors';
export { type AuditEntry, entrySchema } from './contracts/entry';
export { type AuditExport, exportJobSchema } from './contracts/export';
export { canonicalJson, chainHash, contentText, PLATFORM_CHAIN } from './domain/chain';
export { isPersonal, MASK, maskChanges, maskValue } from './domain/mask';
export { auditPermissions as permissions } from './http/permissions';
export { auditModule } from './module';
export { type AuditPurge, type ChainPurge, type PurgeAuditInput, purgeAuditTrail } from './retention/purge-audit-trail';
export { recordRetentionRun } from './retention/record-retention-run';
export {
  type ClassBounds,
  RETENTION_CLASSES,
  type RetentionBounds,
  type RetentionClass,
  retentionBounds,
} from './retention/retention-classes';
export { retentionOverrides } from './retention/retention-overrides';
export { appendEntry } from './use-cases/append-entry';
export { getAuditExport } from './use-cases/get-audit-export';
export { type ListEntriesInput, listEntries } from './use-cases/list-entries';
export { startAuditExport } from './use-cases/start-audit-export';
export { type ChainBreak, type ChainReport, verifyChain } from './use-cases/verify-chain';
