import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

// Every temp folder of a benchmark run (the bots' data, the doubles' files, the downloads) is made
// in one, which goes when the run ends, as the test run's does: a benchmark leaves nothing in /tmp.
const runTmp = mkdtempSync(path.join(tmpdir(), 'pishtaz-bench-'));
// PostgreSQL (bench/idle-workers.ts, bench/scale.ts), run as its own user, makes its cluster in here.
chmodSync(runTmp, 0o1777);
process.env.TMPDIR = runTmp;
process.on('exit', () => rmSync(runTmp, { recursive: true, force: true, maxRetries: 3 }));
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)
  process.once(signal, () => process.exit(code));

/** Starts the test content server in its own process, so it does not share our event loop. */
export async function startContentProcess(): Promise<{ url: string; proc: ChildProcess; stop(): void }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/content-process.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    proc.stdout!.on('data', (d: Buffer) => {
      const m = d.toString().match(/http:\/\/\S+/);
      if (m) resolve(m[0]);
    });
  });
  return { url, proc, stop: () => proc.kill() };
}

/** Resident and peak resident memory of a process, in MiB. */
export function rssOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

export const mib = (n: number) => `${n.toFixed(1)} MiB`;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
