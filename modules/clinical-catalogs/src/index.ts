// @nexova/clinical-catalogs — global clinical catalogs with per-workspace overrides and own entries (issue 12).
export {
  CATALOG_KINDS,
  type CatalogKind,
  type EffectiveEntry,
  effectiveEntrySchema,
  OVERRIDE_FIELDS,
  type OverrideField,
} from './contracts/entry';
export * from './contracts/events/catalog-events.v1';
export { ALL_WORKSPACES, CatalogCache } from './domain/catalog-cache';
export { globalEntryId, type ShippedCatalog, shippedCatalog } from './domain/shipped-catalog';
export { clinicalCatalogPermissions as permissions } from './http/permissions';
export { clinicalCatalogsModule } from './module';
export { type ClearOverrideInput, clearOverride } from './use-cases/clear-override';
export { type CreateWorkspaceEntryInput, createWorkspaceEntry } from './use-cases/create-workspace-entry';
export { type DeleteWorkspaceEntryInput, deleteWorkspaceEntry } from './use-cases/delete-workspace-entry';
export { type FindEffectiveEntriesInput, findEffectiveEntries } from './use-cases/find-effective-entries';
export { type GetEffectiveEntryInput, getEffectiveEntry } from './use-cases/get-effective-entry';
export { type ListEffectiveEntriesInput, listEffectiveEntries } from './use-cases/list-effective-entries';
export { type LoadGlobalCatalogResult, loadGlobalCatalog } from './use-cases/load-global-catalog';
export { type PutOverrideInput, putOverride } from './use-cases/put-override';
export { type UpdateGlobalEntryInput, updateGlobalEntry } from './use-cases/update-global-entry';
export { type UpdateWorkspaceEntryInput, updateWorkspaceEntry } from './use-cases/update-workspace-entry';
