import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

// House rule 1 as code: a workspace is reached only through its package name and the entry points its
// `exports` declares (e.g. a module's `./testing` helpers for tests), platform
// packages never depend on modules or apps, and modules form no dependency cycle. And "db/ holds
// queries, use-cases hold decisions": a module's src/db/ files import only @nexova/db, @nexova/kernel,
// drizzle-orm and their own module's db/, domain/ and contracts/ (no events, no other module).

/** `entries`: the subpaths its package.json `exports` declares ('.', './testing', …). */
export type Workspace = { name: string; dir: string; kind: 'app' | 'package' | 'module'; entries: string[] };
export type Violation = {
  file: string;
  rule: 'deep-import' | 'layer' | 'escape' | 'cycle' | 'db-imports';
  detail: string;
};

const IMPORT_RE =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

export function listWorkspaces(root: string): Workspace[] {
  const kinds = { apps: 'app', packages: 'package', modules: 'module' } as const;
  const found: Workspace[] = [];
  for (const [folder, kind] of Object.entries(kinds)) {
    const base = join(root, folder);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base)) {
      const pkg = join(base, entry, 'package.json');
      if (!existsSync(pkg)) continue;
      const { name, exports } = JSON.parse(readFileSync(pkg, 'utf8'));
      const entries = exports && typeof exports === 'object' ? Object.keys(exports) : ['.'];
      found.push({ name, dir: join(base, entry), kind, entries });
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|mts)$/.test(entry)) out.push(full);
  }
  return out;
}

export function importsOf(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) specs.push((m[1] ?? m[2] ?? m[3]) as string);
  return specs;
}

/**
 * What a module's src/db/ file may import: these packages (and their declared entry points).
 * @nexova/privacy is storage too: personal fields are sealed as they are written and opened as they
 * are read (encryption at rest), so the rest of a module only ever sees clear values.
 */
const DB_PACKAGES = ['@nexova/db', '@nexova/kernel', '@nexova/privacy', 'drizzle-orm'];
const DB_SIBLINGS = ['db', 'domain', 'contracts'];

/** Why `spec`, imported by a file under `<module>/src/db/`, breaks the db/ rule, or null. */
function dbImportBreach(ws: Workspace, file: string, spec: string): string | null {
  if (spec.startsWith('.')) {
    const target = relative(join(ws.dir, 'src'), resolve(dirname(file), spec));
    const top = target.split(sep)[0] ?? '';
    return DB_SIBLINGS.includes(top) && !target.startsWith('..')
      ? null
      : `${spec}: db/ may import db/, domain/, contracts/`;
  }
  const allowed = DB_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`));
  return allowed ? null : `${spec}: db/ imports only ${DB_PACKAGES.join(', ')}`;
}

const isDbFile = (ws: Workspace, file: string) =>
  ws.kind === 'module' && relative(ws.dir, file).split(sep).slice(0, 2).join('/') === 'src/db';

const isTestFile = (file: string) => /\.test\.tsx?$/.test(file) || file.split(sep).includes('test');

export function checkArchitecture(root: string): Violation[] {
  const workspaces = listWorkspaces(root);
  const byName = new Map(workspaces.map((w) => [w.name, w]));
  const violations: Violation[] = [];
  const moduleEdges = new Map<string, Set<string>>();

  for (const ws of workspaces) {
    for (const file of sourceFiles(ws.dir)) {
      const rel = relative(root, file);
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const breach = isDbFile(ws, file) && !isTestFile(file) ? dbImportBreach(ws, file, spec) : null;
        if (breach) violations.push({ file: rel, rule: 'db-imports', detail: breach });
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(ws.dir + sep) && target !== ws.dir)
            violations.push({ file: rel, rule: 'escape', detail: `${spec} reaches outside ${ws.name}` });
          continue;
        }
        const scoped = spec.match(/^(@[^/]+\/[^/]+)(\/.*)?$/);
        const target = scoped ? byName.get(scoped[1] as string) : undefined;
        if (!target || target === ws) continue;
        if (scoped?.[2] && !target.entries.includes(`.${scoped[2]}`))
          violations.push({ file: rel, rule: 'deep-import', detail: `${spec}: import ${target.name} only` });
        if (ws.kind === 'package' && target.kind !== 'package')
          violations.push({
            file: rel,
            rule: 'layer',
            detail: `a platform package imports ${target.kind} ${target.name}`,
          });
        if (ws.kind === 'module' && target.kind === 'app' && !isTestFile(file))
          violations.push({ file: rel, rule: 'layer', detail: `a module imports the app ${target.name}` });
        if (ws.kind === 'module' && target.kind === 'module' && !isTestFile(file)) {
          if (!moduleEdges.has(ws.name)) moduleEdges.set(ws.name, new Set());
          moduleEdges.get(ws.name)?.add(target.name);
        }
      }
    }
  }
  for (const cycle of findCycles(moduleEdges))
    violations.push({ file: cycle[0] as string, rule: 'cycle', detail: cycle.join(' -> ') });
  return violations;
}

/** Every elementary cycle found by depth-first search (each reported once, from its smallest name). */
export function findCycles(edges: Map<string, Set<string>>): string[][] {
  const cycles = new Map<string, string[]>();
  const visit = (start: string, node: string, path: string[]) => {
    for (const next of edges.get(node) ?? []) {
      if (next === start) {
        const cycle = [...path, start];
        const key = [...path].sort().join(',');
        if (!cycles.has(key)) cycles.set(key, cycle);
      } else if (!path.includes(next) && next > start) visit(start, next, [...path, next]);
    }
  };
  for (const start of [...edges.keys()].sort()) visit(start, start, [start]);
  return [...cycles.values()];
}
