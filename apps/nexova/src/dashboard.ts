import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECTION_PATHS } from '@nexova/dashboard/sections';
import type { AppPlugin } from '@nexova/http';
import { NotFoundError } from '@nexova/kernel';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';

/** apps/dashboard/dist, found from this file (apps/nexova/src) or the compiled bundle (apps/nexova/dist). */
export function dashboardDist(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'apps', 'dashboard', 'dist');
    if (existsSync(join(dir, 'apps', 'dashboard'))) return candidate;
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dashboard', 'dist');
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.html': 'text/html; charset=utf-8',
};

// Files at the build's top level served under their own name (not hashed, so revalidated on every
// visit): the service worker, the web manifest, the icons, index.html itself (the worker precaches it).
const topLevelFiles = (dist: string) =>
  readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isFile() && TYPES[extname(entry.name)] && entry.name !== 'build.json')
    .map((entry) => entry.name);

const ROUTE = { config: { auth: 'public' as const, rateLimit: false as const }, schema: { hide: true } };

/**
 * The built dashboard (apps/dashboard/dist) at `/`: hashed files under /assets are cached for a year,
 * index.html is revalidated on every visit and answers the dashboard's own paths (its sections and
 * anything below them), so a reload or a shared link opens the screen. Every other path keeps the
 * API's answers (problem+json 404 or 405).
 * The top-level files (service worker, web manifest, icons) are served by name and revalidated.
 * Null when the dashboard is not built: `/` then keeps leading to /docs.
 */
export function dashboardPlugin(dist = dashboardDist()): AppPlugin | null {
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) return null;
  const index = readFileSync(indexPath);
  const sendIndex = (reply: FastifyReply) =>
    reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  const assets = join(dist, 'assets');

  const plugin: FastifyPluginAsync = async (app) => {
    app.get('/', ROUTE, async (_request, reply) => sendIndex(reply));
    app.get('/assets/*', ROUTE, async (request, reply) => {
      const name = (request.params as { '*': string })['*'];
      const file = normalize(join(assets, name));
      const missing = () => new NotFoundError('No such dashboard file.');
      if (!file.startsWith(assets + sep) || !TYPES[extname(file)]) throw missing();
      const body = await readFile(file).catch(() => null);
      if (!body) throw missing();
      return reply
        .header('content-type', TYPES[extname(file)])
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(body);
    });
    for (const name of topLevelFiles(dist)) {
      const body = readFileSync(join(dist, name));
      app.get(`/${name}`, ROUTE, async (_request, reply) =>
        reply.header('content-type', TYPES[extname(name)]).header('cache-control', 'no-cache').send(body),
      );
    }
    for (const path of Object.values(SECTION_PATHS)) {
      app.get(path, ROUTE, async (_request, reply) => sendIndex(reply));
      app.get(`${path}/*`, ROUTE, async (_request, reply) => sendIndex(reply));
    }
  };
  return { name: 'dashboard', plugin, prefix: '', api: false };
}
