/**
 * Registers the service worker (src/sw.ts, served at /sw.js) in a production build: the app shell
 * then opens without a connection. Not in `vite dev`, where files change under it.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}

/** Asks the service worker to forget every API answer it kept (sign-out). */
export function clearApiCache(): void {
  navigator.serviceWorker?.controller?.postMessage('clear-api-cache');
}
