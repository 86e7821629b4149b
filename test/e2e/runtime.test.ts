import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBotApiDouble } from '../support/bot-api-double.js';
import { freePort, TEST_TOKEN, waitUntil } from '../support/spawn-bot.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** An operator's shell: the system's Node first (20 on this machine), nothing of ours. */
const SYSTEM_PATH = '/usr/local/bin:/usr/bin:/bin';

describe('the Node 24 runtime', () => {
  it('`npm start` from a shell with the system Node runs the bot on Node 24', async () => {
    const api = await startBotApiDouble({ token: TEST_TOKEN });
    const proc = spawn('npm', ['start'], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: SYSTEM_PATH,
        HOME: process.env.HOME ?? '/tmp',
        BOT_TOKEN: TEST_TOKEN,
        TELEGRAM_API_ROOT: api.url,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pishtaz-runtime-')),
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
      },
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d;
    });
    proc.stderr.on('data', (d: Buffer) => {
      out += d;
    });
    const exited = new Promise((r) => proc.on('exit', r));
    try {
      const line = await waitUntil(
        () => out.split('\n').find((l) => l.includes('http server listening')),
        30_000,
        `the bot's start-up line; output so far:\n${out}`,
      );
      expect((JSON.parse(line) as { node: string }).node).toMatch(/^v24\./);
    } finally {
      process.kill(-proc.pid!, 'SIGTERM');
      await exited;
      await api.close();
    }
  });
});
