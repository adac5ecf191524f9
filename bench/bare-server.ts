import Fastify from 'fastify';

// The baseline for bench:http: a bare Fastify hello-world on the same machine and loopback.
const app = Fastify();
app.get('/health', async () => ({ status: 'ok' }));
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${JSON.stringify({ address })}\n`);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
