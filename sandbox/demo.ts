import { startSandbox } from './sandbox.js';

/** `npm run demo`: the sandbox on http://127.0.0.1:8090 (DEMO_PORT to change), until Ctrl-C. */
const port = Number(process.argv[2] ?? 8090);
const sandbox = await startSandbox({ port }).catch(async (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EADDRINUSE') throw err;
  return startSandbox({ port: 0 });
});
process.stdout.write(`\nPishtaz sandbox is running: open ${sandbox.url}\n`);
process.stdout.write(
  'Send /start, click a sample link, watch the status message, open the file. Ctrl-C to stop.\n',
);
const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
