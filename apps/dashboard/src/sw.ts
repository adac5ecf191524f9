/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { SECTION_PATHS } from './sections';

// The dashboard's service worker (built by vite-plugin-pwa, served by `nexova start` at /sw.js):
// - the app shell (index.html and every built asset) is precached, so the dashboard opens offline;
// - a navigation to one of the dashboard's own paths is answered with the cached index.html;
// - reads of the catalog, stock and agenda go to the network first and fall back to the last answer
//   kept for the same URL in the same workspace, so those screens still show data offline.
// Writes are never cached here: the page keeps them in its outbox (src/offline/outbox.ts).

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const API_CACHE = 'nexova-api';

// A new version takes over at once (its assets are hashed; index.html is revalidated anyway).
void self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const own = ['/', ...Object.values(SECTION_PATHS)].map((path) =>
  path === '/' ? /^\/$/ : new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`),
);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { allowlist: own }));

const OFFLINE_READS = /^\/api\/v1\/(products|categories|stock|agenda)(\/|$)/;

registerRoute(
  ({ url, request }) =>
    request.method === 'GET' && url.origin === self.location.origin && OFFLINE_READS.test(url.pathname),
  new NetworkFirst({
    cacheName: API_CACHE,
    networkTimeoutSeconds: 5,
    plugins: [
      {
        // The workspace travels in a header, not the URL: it joins the cache key so one workspace's
        // answers are never shown in another (the Cache API matches on the URL alone).
        cacheKeyWillBeUsed: async ({ request }) => {
          const key = new URL(request.url);
          key.searchParams.set('__workspace', request.headers.get('x-workspace-id') ?? '');
          return key.href;
        },
      },
      new ExpirationPlugin({ maxEntries: 500, maxAgeSeconds: 7 * 24 * 3600 }),
    ],
  }),
);

self.addEventListener('message', (event) => {
  // Sent on sign-out: nothing read in this session stays on the device.
  if (event.data === 'clear-api-cache') event.waitUntil(caches.delete(API_CACHE));
});
