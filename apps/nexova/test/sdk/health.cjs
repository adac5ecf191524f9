// Plain CommonJS, no TypeScript loader: proves the CJS build works as published.
const { createClient, NexovaError } = require('@nexova/client');

async function main() {
  const client = createClient({ baseUrl: process.argv[2] });
  const health = await client.system.getHealth();
  let status = 0;
  try {
    await client.request('GET', '/api/v1/me');
  } catch (error) {
    if (error instanceof NexovaError) status = error.status;
  }
  process.stdout.write(JSON.stringify({ health, status }));
}

main().catch((error) => {
  process.stderr.write(String(error));
  process.exit(1);
});
