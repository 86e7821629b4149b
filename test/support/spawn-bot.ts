import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The node flags of `npm start`, so tests run the bot exactly as operators do. */
export const NODE_FLAGS: string[] = (
  JSON.parse(readFileSync(path.join(path.resolve(import.meta.dirname, '../..'), 'package.json'), 'utf8')) as {
    scripts: { start: string };
  }
).scripts.start
  .split(' ')
  .filter((a) => a.startsWith('--'));
export const TEST_TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningBot {
  proc: ChildProcess;
  port: number;
  baseUrl: string;
  dataDir: string;
  logs(): string;
  waitForLog(re: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves once every handler of these updates has finished (the bot logs at debug level). */
  handled(updateIds: number[], timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill9(): Promise<void>;
  health(): Promise<{
    status: number;
    body: { status: string; reasons?: string[]; checks?: Record<string, unknown> };
  }>;
}

/**
 * A port that is free now, below Linux's ephemeral range (32768+), where outgoing connections
 * (the bots' own PostgreSQL and HTTP clients) take theirs: a port handed out there could be
 * taken by one of them before the process we start binds it.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/** Bots a test left running end with the test file's process, not after it, taking the CPU. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const proc of running) proc.kill('SIGKILL');
});

/** Starts the real bot process (dist/main.js, as `npm start` runs it) against the Bot API double. */
export async function startBot(opts: {
  apiRoot: string;
  env?: Record<string, string>;
  dataDir?: string;
  name?: string;
  /** Node flags instead of `npm start`'s (benchmarks compare them). */
  nodeFlags?: string[];
  /** A command that runs node (bench/instructions.ts: valgrind), its arguments before node's. */
  wrapper?: string[];
  startTimeoutMs?: number;
}): Promise<RunningBot> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), 'pishtaz-data-'));
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    // The run's temp folder (see global-setup): what a killed bot leaves goes with the run.
    TMPDIR: tmpdir(),
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: opts.apiRoot,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
    HEALTH_STALL_SECONDS: '6',
    PROGRESS_INTERVAL_SECONDS: '0.5',
    ALLOW_PRIVATE_NETWORK: 'true',
    // No test reaches GitHub: a test that updates yt-dlp serves its own release and says so.
    YTDLP_UPDATE_HOURS: '0',
    ...opts.env,
  };
  const [command, ...args] = [
    ...(opts.wrapper ?? []),
    process.execPath,
    ...(opts.nodeFlags ?? NODE_FLAGS),
    path.join(ROOT, 'dist/main.js'),
  ];
  const proc = spawn(command!, args, {
    env,
    cwd: dataDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(proc);
  proc.on('exit', () => running.delete(proc));
  let output = '';
  const waiters = new Set<() => void>();
  const onData = (d: Buffer) => {
    output += d.toString();
    for (const w of waiters) w();
  };
  proc.stdout!.on('data', onData);
  proc.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => {
      saveLog(opts.name ?? `bot-${port}`, output);
      resolve({ code, signal });
    }),
  );
  const bot: RunningBot = {
    proc,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    logs: () => output,
    waitForLog(re, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = output.match(re);
          if (m) {
            waiters.delete(check);
            clearTimeout(t);
            resolve(m[0]);
          }
        };
        const t = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`log ${re} not seen within ${timeoutMs} ms; last output:\n${output.slice(-2000)}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async handled(updateIds, timeoutMs = 15_000) {
      const done = () => {
        const seen = new Set(
          [...output.matchAll(/"updateId":(\d+)[^\n]*"msg":"update handled"/g)].map((m) => Number(m[1])),
        );
        return updateIds.every((id) => seen.has(id));
      };
      await waitUntil(done, timeoutMs, `updates ${updateIds.join(', ')} to be handled`);
    },
    exited,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      return exited;
    },
    async kill9() {
      proc.kill('SIGKILL');
      await exited;
    },
    async health() {
      const res = await fetch(`${bot.baseUrl}/health`);
      return { status: res.status, body: (await res.json()) as never };
    },
  };
  await bot.waitForLog(/bot started/, opts.startTimeoutMs);
  return bot;
}

/** Every bot log of the run is kept for the secrets check and as a CI artifact. */
function saveLog(name: string, text: string) {
  const dir = path.join(ROOT, 'test-artifacts/logs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}-${Date.now()}.log`), text);
}

export async function waitUntil<T>(
  fn: () => T | Promise<T>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as Exclude<T, false | null | undefined | 0 | ''>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
