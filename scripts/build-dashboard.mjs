// Builds the dashboard (apps/dashboard, React + Vite) into apps/dashboard/dist, which `nexova start`
// serves at `/`. Plain JavaScript on purpose: the launcher (apps/nexova/bin/nexova.mjs) runs it before
// `nexova start`, like scripts/build-server.mjs.
//   node scripts/build-dashboard.mjs            build now (npm run build -w @nexova/dashboard)
//   node scripts/build-dashboard.mjs --check    exit 1 when the build is missing or older than a source
//   node scripts/build-dashboard.mjs --ensure   build only when missing or stale (what the launcher does)
// ensureDashboardBuilt() costs a stat of each source when the build is fresh (a few ms); a missing or
// stale build is rebuilt (about 15 s on two cores). The build goes to a temporary folder renamed into
// place, so two builds at once never leave a half-written dist.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DASHBOARD_DIR = join(ROOT, 'apps/dashboard');
export const DASHBOARD_DIST = join(DASHBOARD_DIR, 'dist');
const MANIFEST = join(DASHBOARD_DIST, 'build.json');
// Everything the bundle is made from: the app's sources and config, and the SDK it calls the API with.
const SOURCES = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  '../../packages/client/dist/index.js',
];

function newestSource(path = '', top = true) {
  let newest = 0;
  for (const entry of top ? SOURCES : readdirSync(join(DASHBOARD_DIR, path))) {
    const relative = top ? entry : join(path, entry);
    const stat = statSync(join(DASHBOARD_DIR, relative), { throwIfNoEntry: false });
    if (!stat) continue;
    newest = Math.max(newest, stat.isDirectory() ? newestSource(relative, false) : stat.mtimeMs);
  }
  return newest;
}

/** Whether apps/dashboard/dist holds a build at least as new as every source it was made from. */
export function isDashboardBuildFresh() {
  try {
    const { startedAt } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    return existsSync(join(DASHBOARD_DIST, 'index.html')) && startedAt >= newestSource();
  } catch {
    return false;
  }
}

/** Builds the dashboard with Vite (its config: apps/dashboard/vite.config.ts). */
export async function buildDashboard({ quiet = false } = {}) {
  const startedAt = Date.now();
  // A production build whatever the caller's NODE_ENV (vitest sets `test`, which would give React's
  // development build and import.meta.env.PROD false — no service worker).
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  const out = join(DASHBOARD_DIR, `dist.tmp-${randomBytes(4).toString('hex')}`);
  try {
    await build({
      root: DASHBOARD_DIR,
      configFile: join(DASHBOARD_DIR, 'vite.config.ts'),
      logLevel: quiet ? 'warn' : 'info',
      build: { outDir: out, emptyOutDir: true },
    });
    writeFileSync(join(out, 'build.json'), `${JSON.stringify({ startedAt })}\n`);
    const old = `${DASHBOARD_DIST}.old-${randomBytes(4).toString('hex')}`;
    try {
      renameSync(DASHBOARD_DIST, old);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    try {
      renameSync(out, DASHBOARD_DIST);
    } catch (error) {
      // Another build (a test file beside this one) put its dist in place first: that one serves.
      if (!isDashboardBuildFresh()) throw error;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Builds the dashboard when its build is missing or stale. Without Vite (an install that left out
 * devDependencies) it says so and returns: `nexova start` then answers `/` with the API docs.
 */
export async function ensureDashboardBuilt() {
  if (isDashboardBuildFresh()) return;
  try {
    await import('vite');
  } catch {
    process.stderr.write('Dashboard not built: Vite is not installed (npm ci installs it); / leads to /docs.\n');
    return;
  }
  process.stderr.write('Building the dashboard (apps/dashboard → apps/dashboard/dist)…\n');
  await buildDashboard({ quiet: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) process.exit(isDashboardBuildFresh() ? 0 : 1);
  if (process.argv.includes('--ensure')) await ensureDashboardBuilt();
  else await buildDashboard();
}
