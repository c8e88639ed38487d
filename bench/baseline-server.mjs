// The baseline for the overview benchmark: a bare Fastify instance (no plugins, no logging) with
// one route that answers the same JSON from memory. Usage: node baseline-server.mjs <port> <file>
import fs from 'node:fs';
import Fastify from 'fastify';

const [port, file] = process.argv.slice(2);
const body = JSON.parse(fs.readFileSync(file, 'utf8'));
const app = Fastify({ logger: false });
app.get('/healthz', async () => ({ status: 'ok' }));
app.get('/api/networks/:networkId', async () => body);
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
