import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCheck } from '../../src/cli/node-check.js';
import { startBotApiDouble } from '../support/bot-api-double.js';
import { fakeYtdlp } from '../support/fake-ytdlp.js';
import { TEST_TOKEN } from '../support/spawn-bot.js';

const DOCTOR = path.resolve(import.meta.dirname, '../../dist/cli/doctor.js');
const doctor = (env: Record<string, string>) =>
  spawnSync(process.execPath, [DOCTOR], {
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: tmpdir(),
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('npm run doctor', () => {
  it('lists each FAIL with its fix on a broken configuration and exits non-zero', () => {
    const r = doctor({
      BOT_TOKEN: 'not-a-token',
      YTDLP_PATH: '/nonexistent/yt-dlp',
      DATA_DIR: '/dev/null/data',
    });
    expect(r.status).toBe(1);
    const fails = r.stdout.split('\n').filter((l) => l.startsWith('FAIL'));
    expect(fails.map((l) => l.split(/\s{2,}/)[1])).toEqual(
      expect.arrayContaining(['BOT_TOKEN', 'DATA_DIR', 'yt-dlp']),
    );
    expect(r.stdout).toMatch(/→ Copy the whole token from @BotFather/);
    expect(r.stdout).toMatch(/→ Install yt-dlp/);
    expect(r.stdout).toMatch(/→ Point DATA_DIR at a writable folder/);
  });

  it('fails the database check for a PostgreSQL that does not answer, without showing its password', () => {
    const r = doctor({
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:1',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'doctor-')),
      DATABASE_URL: 'postgres://pishtaz:hunter2-secret@127.0.0.1:1/pishtaz',
      ROLE: 'worker',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^FAIL\s+database\s+PostgreSQL: /m);
    expect(r.stdout).toMatch(/→ Check DATABASE_URL/);
    expect(r.stdout + r.stderr).not.toContain('hunter2-secret');
  });

  /** doctor against the Bot API double (asynchronous: the double answers getMe from this process). */
  const doctorWith = async (extra: Record<string, string>) => {
    const api = await startBotApiDouble({ token: TEST_TOKEN });
    try {
      return await new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [DOCTOR], {
          env: {
            PATH: process.env.PATH ?? '',
            BOT_TOKEN: TEST_TOKEN,
            TELEGRAM_API_ROOT: api.url,
            DATA_DIR: mkdtempSync(path.join(tmpdir(), 'doctor-')),
            API_ID: '12345',
            API_HASH: '0123456789abcdef0123456789abcdef',
            ...extra,
          },
          cwd: tmpdir(),
        });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => {
          stdout += d;
        });
        child.on('exit', (status) => resolve({ status, stdout }));
      });
    } finally {
      await api.close();
    }
  };

  it('warns that a yt-dlp too old for a JavaScript runtime may fail on YouTube, and says what happens next', async () => {
    const old = fakeYtdlp({ version: '2023.03.04', mp4: '/dev/null' });
    const r = await doctorWith({ PATH: `${path.dirname(old.path)}:${process.env.PATH}` });
    expect(r.stdout).toMatch(/^OK\s+yt-dlp\s+version 2023\.03\.04, the host's/m);
    expect(r.stdout).toMatch(/^WARN\s+YouTube challenges\s+yt-dlp 2023\.03\.04 is older than 2025\.11\.12/m);
    expect(r.stdout).toMatch(/→ The bot installs a current release itself/);
    expect(r.stdout).toMatch(/^WARN\s+PUBLIC_URL\s+http:\/\/127\.0\.0\.1:8080: the links the bot hands out/m);
    expect(r.status).toBe(0);
  });

  it('says all OK on a good sandbox configuration', async () => {
    const current = fakeYtdlp({ version: '2025.12.01', mp4: '/dev/null' });
    const api = await startBotApiDouble({ token: TEST_TOKEN });
    try {
      // Asynchronous: the Bot API double answers getMe from this same process.
      const r = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [DOCTOR], {
          env: {
            PATH: `${path.dirname(current.path)}:${process.env.PATH ?? ''}`,
            BOT_TOKEN: TEST_TOKEN,
            TELEGRAM_API_ROOT: api.url,
            DATA_DIR: mkdtempSync(path.join(tmpdir(), 'doctor-')),
            API_ID: '12345',
            API_HASH: '0123456789abcdef0123456789abcdef',
            PUBLIC_URL: 'https://dl.example.org',
          },
          cwd: tmpdir(),
        });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => {
          stdout += d;
        });
        child.on('exit', (status) => resolve({ status, stdout }));
      });
      expect(r.stdout).toContain('All checks passed.');
      expect(r.stdout).not.toMatch(/^(WARN|FAIL)/m);
      expect(r.stdout).toMatch(/^OK\s+Telegram\s+reachable, bot @pishtaz_test_bot/m);
      expect(r.stdout).toMatch(/^OK\s+Node\.js\s+v24\./m);
      expect(r.stdout).toMatch(/^OK\s+PUBLIC_URL\s+https:\/\/dl\.example\.org$/m);
      expect(r.stdout).toContain(`OK    YouTube challenges  yt-dlp gets this Node (${process.execPath})`);
      expect(r.status).toBe(0);
    } finally {
      await api.close();
    }
  });

  it('warns on a Node older than 24 and says how to run on 24', () => {
    expect(nodeCheck('v24.22.3')).toEqual({ status: 'OK', detail: 'v24.22.3' });
    const old = nodeCheck('v20.20.2');
    expect(old.status).toBe('WARN');
    expect(old.detail).toContain('v20.20.2');
    expect(old.fix).toMatch(/npm start/);
  });
});
