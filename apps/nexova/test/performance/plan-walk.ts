/** A node of PostgreSQL's `EXPLAIN (FORMAT JSON)` output (the fields read here). */
export type Plan = {
  Plan?: Plan;
  'Node Type'?: string;
  Schema?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: Plan[];
};

/** The PostgreSQL schemas holding workspace data (one per module). */
export const TENANT_SCHEMA_NAMES = [
  'catalog',
  'inventory',
  'customers',
  'orders',
  'payments',
  'checkout',
  'webhooks',
  'agenda',
  'clinic',
  'billing',
  'patient_records',
  'clinical_catalogs',
  'conversations',
  'tenancy',
  'identity',
  'audit',
];
export const TENANT_SCHEMAS = new RegExp(`"(${TENANT_SCHEMA_NAMES.join('|')})"\\.`);

const INDEX_SCANS = new Set(['Index Scan', 'Index Only Scan']);

/**
 * The scans of tenant tables in a plan (EXPLAIN VERBOSE: only then does a node name its schema)
 * that read a whole table: a sequential scan, or — what the planner picks instead when
 * sequential scans are off — an index scan with no index condition, which walks the whole index.
 */
export function seqScansOf(plan: Plan | undefined): string[] {
  if (!plan) return [];
  const node = plan.Plan ?? plan;
  const own: string[] = [];
  if (TENANT_SCHEMA_NAMES.includes(node.Schema ?? '')) {
    const table = `${node.Schema}.${node['Relation Name']}`;
    if (node['Node Type'] === 'Seq Scan') own.push(`Seq Scan on ${table}`);
    else if (INDEX_SCANS.has(node['Node Type'] ?? '') && !node['Index Cond']) {
      own.push(`full ${node['Node Type']} of ${node['Index Name']} on ${table}`);
    }
  }
  return [...own, ...(node.Plans ?? []).flatMap((child) => seqScansOf(child))];
}

/** How many scans of tenant tables a plan holds (a test that sees none checked nothing). */
export function tenantScansOf(plan: Plan | undefined): number {
  if (!plan) return 0;
  const node = plan.Plan ?? plan;
  const own = TENANT_SCHEMA_NAMES.includes(node.Schema ?? '') ? 1 : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + tenantScansOf(child), 0);
}
