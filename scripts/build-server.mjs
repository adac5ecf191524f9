// Compiles the `nexova` binary (apps/nexova/src/bin.ts and every @nexova/* workspace package it
// imports) into JavaScript under apps/nexova/dist, so `nexova start` does not compile TypeScript at run
// time through tsx (6–17 s on every start, issue 11). Third-party packages stay external: Node loads
// them from node_modules as before (OpenTelemetry still patches `http` and `pg` when they are loaded).
// Plain JavaScript on purpose: it runs before anything can compile TypeScript.
//   node scripts/build-server.mjs            build now (npm run build)
//   node scripts/build-server.mjs --check    exit 1 when the build is missing or older than a source
// The launcher (apps/nexova/bin/nexova.mjs) calls ensureServerBuilt() on every run: a fresh build costs
// a stat of each bundled source (a few ms); a stale or missing one is rebuilt (about a second).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = join(ROOT, 'apps/nexova/dist');
export const ENTRY_OUT = join(OUT_DIR, 'bin.js');
const ENTRY = join(ROOT, 'apps/nexova/src/bin.ts');
const MANIFEST = join(OUT_DIR, 'build.json');
const SELF = relative(ROOT, fileURLToPath(import.meta.url));
// Files of an older build are removed once they are this old: a server started before a rebuild may
// still load a chunk it imports lazily.
const PRUNE_AFTER_MS = 10 * 60_000;

/** Whether apps/nexova/dist holds a build at least as new as every source file it was built from. */
export function isServerBuildFresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return false;
  }
  try {
    for (const output of manifest.outputs) statSync(join(OUT_DIR, output));
    return [SELF, ...manifest.inputs].every((input) => statSync(join(ROOT, input)).mtimeMs < manifest.startedAt);
  } catch {
    return false; // a source or an output is gone
  }
}

// A source's `new URL('../x', import.meta.url)` (the migrations folder, package.json) must name the
// same file from the bundle: import.meta.url becomes the source file's URL, relative to the bundle.
const sourceRelativeImportMeta = {
  name: 'source-relative-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      if (/import\.meta\.(dirname|filename|resolve)/.test(source)) {
        throw new Error(`${relative(ROOT, args.path)}: use new URL(…, import.meta.url); the build rewrites only that`);
      }
      const fromBundle = relative(OUT_DIR, args.path).split(sep).join('/');
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

// Workspace packages (@nexova/*) export TypeScript sources: bundled. Everything else is external.
const externalThirdParty = {
  name: 'external-third-party',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@nexova/') ? undefined : { external: true },
    );
  },
};

function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file); // two builds at once write the same bytes; a reader never sees half a file
}

/** Builds apps/nexova/dist; returns the milliseconds it took. */
export async function buildServer() {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const buildId = `${startedAt.toString(36)}-${randomBytes(4).toString('hex')}`;
  const result = await build({
    absWorkingDir: ROOT, // metafile inputs relative to the repository
    entryPoints: { bin: ENTRY },
    outdir: OUT_DIR,
    bundle: true,
    // Split: bin.ts starts OpenTelemetry before it imports the application (./cli); one bundle would
    // hoist every third-party import (pg, fastify) above that.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    sourcesContent: false,
    keepNames: true, // error and class names stay as written (logs, problem types)
    write: false,
    metafile: true,
    logLevel: 'warning',
    plugins: [externalThirdParty, sourceRelativeImportMeta],
    // apps/nexova/src/version.ts BUILD_ID: what a start records having done (the demo seed) is redone by a new build.
    define: { NEXOVA_BUILD_ID: JSON.stringify(buildId) },
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const entry = result.outputFiles.filter((f) => f.path === ENTRY_OUT || f.path === `${ENTRY_OUT}.map`);
  // Chunks first (their names carry a content hash), the entry last: a process starting meanwhile
  // loads either the old build or the new one, never a mix.
  for (const file of result.outputFiles) if (!entry.includes(file)) writeAtomically(file.path, file.contents);
  for (const file of entry) writeAtomically(file.path, file.contents);
  const outputs = result.outputFiles.map((f) => relative(OUT_DIR, f.path));
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'));
  writeAtomically(MANIFEST, JSON.stringify({ startedAt, inputs, outputs }, null, 2));
  for (const name of readdirSync(OUT_DIR)) {
    const file = join(OUT_DIR, name);
    if (name === 'build.json' || outputs.includes(name)) continue;
    // statSync may race with another build renaming its temporary file: then there is nothing to prune.
    const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - modified > PRUNE_AFTER_MS) rmSync(file, { force: true });
  }
  return Date.now() - startedAt;
}

/** Builds when the build is missing or stale; returns whether it built. */
export async function ensureServerBuilt() {
  if (existsSync(MANIFEST) && isServerBuildFresh()) return false;
  await buildServer();
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const fresh = isServerBuildFresh();
    console.log(fresh ? 'apps/nexova/dist is up to date' : 'apps/nexova/dist is missing or stale');
    process.exit(fresh ? 0 : 1);
  }
  const ms = await buildServer();
  console.log(`built apps/nexova/dist in ${ms} ms`);
}
