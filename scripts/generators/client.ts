import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { type NamedOperation, sdkName } from './client-names';
import type { Generated } from './types';

// The SDK (packages/client): its operation table and types from openapi.json, then its ESM and CJS
// bundles and .d.ts files. dist/ is committed so a fresh clone (and any consumer of the package)
// has the build without a lifecycle script, and CI's drift check fails when it is stale.

const ROOT = 'packages/client';
const HEADER = '// Generated from openapi.json by `npm run generate`. Do not edit.\n';
const RESERVED = new Set(['signIn', 'tokens', 'withWorkspace', 'request', 'paginate']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export type Doc = {
  paths: Record<string, Partial<Record<string, Op>>>;
  tags?: { name: string; description?: string }[];
  components?: { schemas?: Record<string, Schema> };
};
type Op = { operationId?: string; tags?: string[]; summary?: string; responses?: Record<string, Response> };
type Response = { content?: Record<string, { schema?: Schema }> };
type Schema = { $ref?: string; properties?: Record<string, unknown> };
type Entry = {
  /** `['customers', 'addresses']` for client.customers.addresses. */
  resource: string[];
  name: string;
  operationId: string;
  method: string;
  path: string;
  paginated: boolean;
  summary?: string;
};

export async function generateClient(doc: Doc, schema: string): Promise<Generated[]> {
  const operations = operationsFile(doc);
  const sources = { [resolve(ROOT, 'src/operations.ts')]: operations, [resolve(ROOT, 'src/schema.d.ts')]: schema };
  return [
    { file: `${ROOT}/src/schema.d.ts`, text: schema },
    { file: `${ROOT}/src/operations.ts`, text: operations },
    ...(await bundles(sources)),
    // The same declarations twice: as ESM for `import`, and under a CommonJS package.json for
    // `require` (TypeScript refuses ESM types to a CommonJS importer).
    ...declarations(sources).flatMap((d) => [d, { ...d, file: d.file.replace('/dist/', '/dist/cjs/') }]),
    { file: `${ROOT}/dist/schema.d.ts`, text: schema },
    { file: `${ROOT}/dist/cjs/schema.d.ts`, text: schema },
    { file: `${ROOT}/dist/cjs/package.json`, text: `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n` },
  ];
}

export function entriesOf(doc: Doc): Entry[] {
  const named: (NamedOperation & { summary?: string })[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      // Without an operationId there is no stable name; a websocket upgrade is no call.
      if (!op?.operationId || op.responses?.['101']) continue;
      named.push({
        tag: op.tags?.[0] ?? 'default',
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        paginated: method === 'get' && isPage(doc, op),
        ...(op.summary ? { summary: op.summary } : {}),
      });
    }
  }
  const entries: Entry[] = named.map((op) => {
    const { resource, method } = sdkName(op, named);
    const top = resource[0] ?? 'default';
    return {
      resource: RESERVED.has(top) ? [`${top}Resource`, ...resource.slice(1)] : resource,
      name: method,
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      paginated: op.paginated,
      ...(op.summary ? { summary: op.summary } : {}),
    };
  });
  // Two operations of one resource that would share a name keep their operationIds.
  const key = (e: Entry) => [...e.resource, e.name].join('.');
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(key(e), (seen.get(key(e)) ?? 0) + 1);
  for (const e of entries) if ((seen.get(key(e)) ?? 0) > 1) e.name = e.operationId;
  // A method and a sub-resource of one name cannot both exist.
  const resources = new Set(entries.flatMap((e) => e.resource.map((_, i) => e.resource.slice(0, i + 1).join('.'))));
  const clash = entries.find((e) => resources.has(key(e)) || (e.paginated && resources.has(`${key(e)}All`)));
  if (clash) throw new Error(`SDK name ${key(clash)} (${clash.operationId}) is also a resource`);
  return entries;
}

function isPage(doc: Doc, op: Op): boolean {
  let schema = op.responses?.['200']?.content?.['application/json']?.schema;
  if (schema?.$ref) schema = doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''];
  return Boolean(schema?.properties?.items && schema.properties.next_cursor);
}

type Tree = { ops: Entry[]; children: Map<string, Tree> };

function treeOf(entries: Entry[]): Tree {
  const root: Tree = { ops: [], children: new Map() };
  for (const e of entries) {
    let node = root;
    for (const part of e.resource) {
      let child = node.children.get(part);
      if (!child) {
        child = { ops: [], children: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    node.ops.push(e);
  }
  return root;
}

/** The lines of one resource (its methods, then its sub-resources) in the table and in the types. */
function emit(node: Tree, indent: string, table: string[], types: string[]): void {
  for (const e of node.ops) {
    table.push(`${indent}${e.name}: { method: '${e.method}', path: '${e.path}', paginated: ${e.paginated} },`);
    types.push(`${indent}/** ${e.method} ${e.path}${e.summary ? ` — ${e.summary.replace(/\*\//g, '*\\/')}` : ''} */`);
    types.push(`${indent}${e.name}: Operation<O['${e.operationId}']>;`);
    if (e.paginated) {
      types.push(`${indent}/** Every item of \`${e.name}\`, page after page (for await). */`);
      types.push(`${indent}${e.name}All: Iterate<O['${e.operationId}']>;`);
    }
  }
  for (const [name, child] of node.children) {
    table.push(`${indent}${name}: {`);
    types.push(`${indent}${name}: {`);
    emit(child, `${indent}  `, table, types);
    table.push(`${indent}},`);
    types.push(`${indent}};`);
  }
}

/** src/operations.ts: the runtime table (method, path, paginated), nested like the URLs, and its types. */
export function operationsFile(doc: Doc): string {
  const table: string[] = [];
  const types: string[] = [];
  emit(treeOf(entriesOf(doc)), '  ', table, types);
  return `${HEADER}import type { Iterate, Operation, ResourceTable } from './resource.js';
import type { operations as O } from './schema.js';

export const resources = {
${table.join('\n')}
} as const satisfies ResourceTable;

export type Resources = {
${types.join('\n')}
};
`;
}

/** The generated sources served from memory, so `--check` needs nothing written first. */
function generatedSources(sources: Record<string, string>): Plugin {
  return {
    name: 'generated-sources',
    setup(b) {
      b.onResolve({ filter: /^\.\/operations\.js$/ }, (args) => ({ path: resolve(args.resolveDir, 'operations.ts') }));
      b.onLoad({ filter: /[\\/]src[\\/](operations\.ts|schema\.d\.ts)$/ }, (args) => {
        const contents = sources[args.path];
        return contents === undefined ? undefined : { contents, loader: 'ts' };
      });
    },
  };
}

async function bundles(sources: Record<string, string>): Promise<Generated[]> {
  const out: Generated[] = [];
  for (const [format, file] of [
    ['esm', 'index.js'],
    ['cjs', 'index.cjs'],
  ] as const) {
    const result = await build({
      entryPoints: [`${ROOT}/src/index.ts`],
      bundle: true,
      format,
      platform: 'neutral',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
      banner: { js: HEADER.trim() },
      outfile: `${ROOT}/dist/${file}`,
      plugins: [generatedSources(sources)],
    });
    for (const f of result.outputFiles) out.push({ file: `${ROOT}/dist/${file}`, text: f.text });
  }
  return out;
}

function declarations(sources: Record<string, string>): Generated[] {
  const options: ts.CompilerOptions = {
    declaration: true,
    emitDeclarationOnly: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    strict: true,
    skipLibCheck: true,
    rootDir: resolve(ROOT, 'src'),
    outDir: resolve(ROOT, 'dist'),
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => sources[resolve(name)] ?? readFile(name);
  host.fileExists = (name) => resolve(name) in sources || fileExists(name);
  const out: Generated[] = [];
  host.writeFile = (name, text) => {
    out.push({ file: `${ROOT}/dist/${name.slice(resolve(ROOT, 'dist').length + 1)}`, text: `${HEADER}${text}` });
  };
  const program = ts.createProgram([resolve(ROOT, 'src/index.ts')], options, host);
  const result = program.emit();
  const errors = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (errors.length > 0) throw new Error(ts.formatDiagnosticsWithColorAndContext(errors, host));
  return out.sort((a, b) => a.file.localeCompare(b.file));
}
