import { existsSync } from 'node:fs';
import { startTracing } from '@nexova/observability';

// Tracing must patch `http` and `pg` before anything loads them, so it starts first (from the
// environment and ./.env) and the application is imported only afterwards.
if (existsSync('.env')) process.loadEnvFile('.env');
const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
if (endpoint && URL.canParse(endpoint)) {
  await startTracing({ endpoint, serviceName: process.env.OTEL_SERVICE_NAME || 'nexova' });
}
const { main } = await import('./cli');

// `start` keeps running after main() returns (the server holds the event loop); other commands exit.
const code = await main(process.argv.slice(2));
if (code !== 0 || process.argv[2] !== 'start') process.exit(code);
