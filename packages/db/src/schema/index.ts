// Helpers for Drizzle schema files, behind their own entry point (`@nexova/db/schema`): drizzle-kit
// loads every schema file, and this keeps it from loading the database drivers with them.
export { createdAtColumn, timestamps, versionColumn } from './columns';
export { globalOrTenantPolicies, sameWorkspacePolicy, systemLogPolicy, tenantPolicy } from './policies';
