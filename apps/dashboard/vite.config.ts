import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w @nexova/dashboard`: Vite on :5173 with the API (started with `npm start`, default
// port 3000, or NEXOVA_API_URL) proxied, so the app calls the same origin as in production.
const api = process.env.NEXOVA_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': api, '/.well-known': api, '/docs': api } },
  build: {
    target: 'es2022',
    // No inline module-preload polyfill: the CSP allows same-origin scripts only.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
  },
});
