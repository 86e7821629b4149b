// bench/instructions.ts's reference: each URL read from stdin is fetched with undici's stream()
// into fs.createWriteStream, and "done" printed.
import { createWriteStream, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Agent, stream } from 'undici';

const file = path.join(process.argv[2], 'plain.bin');
const dispatcher = new Agent();
for await (const url of createInterface({ input: process.stdin })) {
  await stream(url, { dispatcher }, () => createWriteStream(file));
  rmSync(file);
  console.log('done');
}
await dispatcher.close();
