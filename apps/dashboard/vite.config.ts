import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// `npm run dev -w @nexova/dashboard`: Vite on :5173 with the API (started with `npm start`, default
// port 3000, or NEXOVA_API_URL) proxied, so the app calls the same origin as in production.
const api = process.env.NEXOVA_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [
    react(),
    // An installable app: the web manifest, and src/sw.ts built with the list of files to precache.
    // The page registers /sw.js itself (src/offline/register.ts): no inline script, as the CSP wants.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: {
        name: 'Nexova',
        short_name: 'Nexova',
        description: 'The back office of your shop and clinic.',
        lang: 'es',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1864ab',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      injectManifest: { globPatterns: ['**/*.{js,css,html,png,svg,woff2}'] },
    }),
  ],
  server: { proxy: { '/api': api, '/.well-known': api, '/docs': api } },
  build: {
    target: 'es2022',
    // No inline module-preload polyfill: the CSP allows same-origin scripts only.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
  },
});
