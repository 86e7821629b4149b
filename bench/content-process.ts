import { startContentServer } from '../test/support/content-server.js';

const server = await startContentServer();
process.stdout.write(`${server.url}\n`);
