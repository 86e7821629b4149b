import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateTool, runTool } from '../../src/tools/run-tool.js';
import { waitUntil } from '../support/spawn-bot.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the one way to start a tool', () => {
  it('stops a tool whose output passes its cap: a page with a 20 MB title cannot fill the heap', async () => {
    const r = await runTool('/bin/sh', {
      args: ['-c', 'head -c 20000000 /dev/zero; echo done >&2'],
      timeoutMs: 30_000,
      maxStdoutBytes: 8 * 1024 * 1024,
    });
    expect(r.ended).toBe('output-too-large');
    expect(r.stdout.length).toBeLessThanOrEqual(8 * 1024 * 1024);
  });

  it('kills the whole process group on timeout and on cancel: no grandchild is left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'group-'));
    for (const how of ['timeout', 'cancel'] as const) {
      const pidFile = path.join(dir, `${how}.pid`);
      const ac = new AbortController();
      const run = runTool('/bin/sh', {
        args: ['-c', `sleep 300 & echo $! > ${pidFile}; wait`],
        timeoutMs: how === 'timeout' ? 500 : 30_000,
        signal: ac.signal,
      });
      await waitUntil(
        () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim(),
        10_000,
        'the grandchild',
      );
      if (how === 'cancel') ac.abort();
      const r = await run;
      expect(r.ended).toBe(how === 'timeout' ? 'timeout' : 'cancelled');
      const grandchild = Number(readFileSync(pidFile, 'utf8'));
      await waitUntil(() => !alive(grandchild), 5000, `sleep ${grandchild} gone after ${how}`);
    }
  });

  it('says a missing tool is missing, and gives a new binary nothing of the environment', async () => {
    expect((await runTool('/nonexistent/yt-dlp', { args: ['--version'], timeoutMs: 5000 })).ended).toBe(
      'missing',
    );
    process.env.BOT_TOKEN = '1:in-the-parent-only';
    try {
      const bare = await runTool('/usr/bin/env', { args: [], timeoutMs: 5000, emptyEnv: true });
      expect(bare.stdout.trim()).toBe('');
      const usual = await runTool('/usr/bin/env', {
        args: [],
        timeoutMs: 5000,
        env: { PYTHONUNBUFFERED: '1' },
      });
      expect(usual.stdout).not.toContain('in-the-parent-only');
      expect(usual.stdout).toMatch(/^PATH=/m);
      expect(usual.stdout).toMatch(/^PYTHONUNBUFFERED=1$/m);
    } finally {
      delete process.env.BOT_TOKEN;
    }
  });
});

describe('finding a tool without starting it', () => {
  it("finds a bare name on the tools' PATH and an executable path; not a missing, plain or folder one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'locate-'));
    const plain = path.join(dir, 'plain');
    writeFileSync(plain, '#!/bin/sh\n');
    const runnable = path.join(dir, 'runnable');
    writeFileSync(runnable, '#!/bin/sh\n');
    chmodSync(runnable, 0o755);
    const folder = path.join(dir, 'folder');
    mkdirSync(folder, { mode: 0o755 });
    const available = async (file: string) => (await locateTool(file)).available;
    expect(await available('sh')).toBe(true);
    expect(await available('no-such-tool-here')).toBe(false);
    expect(await available(runnable)).toBe(true);
    expect(await available(plain)).toBe(false);
    expect(await available(folder)).toBe(false);
    expect(await available(path.join(dir, 'missing'))).toBe(false);
  });
});
