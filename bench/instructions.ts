import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { startBotApiDouble } from '../test/support/bot-api-double.js';
import { NODE_FLAGS, startBot, TEST_TOKEN, waitUntil } from '../test/support/spawn-bot.js';
import { ROOT, sleep, startContentProcess } from './support.js';

const MiB = 1024 ** 2;
const SMALL = 48 * MiB; // above the 32 MiB that skip the writer thread, as the large files go
const LARGE = 112 * MiB;
const run = promisify(execFile);
const IDLE_MS = 20_000;

/**
 * `npx tsx bench/instructions.ts [upload] [node flags…]`: the instructions the bot's event loop
 * runs per MiB downloaded (local Bot API mode, sent by path; with `upload`, uploaded to the Bot API
 * double while it downloads), counted by valgrind's callgrind. CPU time on this VM moves by a third
 * between runs of the same build; this count by about 1 %, so it shows a change of the hot path
 * that `bench/cost.ts` cannot. What it leaves out: the kernel (the socket
 * reads and page-cache writes, which curl pays too), and time (a copy by `rep movsb` counts a byte
 * an instruction, so libc's copies are printed apart).
 *
 * Each process downloads a warm-up file, then 48 and 112 MiB with a callgrind dump after each: the
 * difference over 64 MiB is the cost per MiB without the job's fixed part. What the idle bot runs
 * a second (its timers and polling, measured after the warm-up) is taken out of each round first,
 * since a round's length under valgrind varies. Reference in the same run, under the same valgrind
 * and node flags: undici's `stream()` into `fs.createWriteStream` (no timers of its own).
 */
export async function benchInstructions(nodeFlags = NODE_FLAGS, upload = false) {
  const web = await startContentProcess();
  const url = (size: number, name: string) => `${web.url}/gen?size=${size}&name=${name}.bin`;

  const bot = await countBot(nodeFlags, upload, url);
  const plain = await countPlain(nodeFlags, url);
  web.stop();

  const line = (name: string, c: PerMiB) =>
    `${name}: ${(c.all / 1e6).toFixed(2)} M instructions per MiB (libc's copies ${(c.copies / 1e6).toFixed(2)} M of them)`;
  console.log(line('pishtaz, main thread', bot));
  console.log(line('plain undici stream into createWriteStream', plain));
  console.log(
    `instructions per MiB against the plain stream: ${(bot.all / plain.all).toFixed(2)}x; without libc's copies ${((bot.all - bot.copies) / (plain.all - plain.copies)).toFixed(2)}x`,
  );
  return { ratio: bot.all / plain.all };
}

interface PerMiB {
  all: number;
  copies: number;
}

function callgrind(dir: string): string[] {
  return [
    'valgrind',
    '--tool=callgrind',
    '--separate-threads=yes',
    // V8 writes machine code at run time; valgrind must see each write to it.
    '--smc-check=all-non-file',
    `--callgrind-out-file=${dir}/cg.out`,
    `--vgdb-prefix=${dir}/vgdb`,
  ];
}

/** Thread 1's instructions in dump `n`, and how many of them were libc's memcpy and memmove. */
async function mainThreadOf(dir: string, n: number): Promise<PerMiB> {
  const file = path.join(dir, `cg.out.${n}-01`);
  const all = Number(readFileSync(file, 'utf8').match(/^summary: (\d+)/m)![1]);
  const { stdout } = await run('callgrind_annotate', ['--threshold=100', file], { maxBuffer: 64 * MiB });
  const copies = [...stdout.matchAll(/^\s*([\d,]+) \(.*:__mem(?:cpy|move)_\w+ \[.*libc/gm)].reduce(
    (sum, m) => sum + Number(m[1]!.replaceAll(',', '')),
    0,
  );
  return { all, copies };
}

const dumpsIn = (dir: string) => readdirSync(dir).filter((f) => /^cg\.out\.\d+-01$/.test(f)).length;

async function dump(pid: number, dir: string): Promise<number> {
  const before = dumpsIn(dir);
  // The control pipe's name holds $LOGNAME (or $USER) and $HOST as the process under valgrind saw
  // them: the bots run with neither user and with HOST=127.0.0.1 (spawn-bot.ts); so do the others here.
  await run('callgrind_control', [`--vgdb-prefix=${dir}/vgdb`, '--dump', String(pid)], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1' },
  });
  await waitUntil(() => dumpsIn(dir) > before, 60_000, 'callgrind dump');
  return before + 1;
}

const perMiB = (small: PerMiB, large: PerMiB): PerMiB => ({
  all: (large.all - small.all) / ((LARGE - SMALL) / MiB),
  copies: (large.copies - small.copies) / ((LARGE - SMALL) / MiB),
});

async function countBot(
  nodeFlags: string[],
  upload: boolean,
  url: (size: number, name: string) => string,
): Promise<PerMiB> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-instructions-'));
  const api = await startBotApiDouble({ token: TEST_TOKEN, local: !upload, uploadLimitBytes: 2 * LARGE });
  const bot = await startBot({
    apiRoot: api.url,
    name: 'bench-instructions',
    env: {
      LOG_LEVEL: 'info',
      BOT_API_LOCAL: String(!upload),
      BOT_API_UPLOAD_LIMIT_MB: '2000',
      PROGRESS_INTERVAL_SECONDS: '3',
    },
    nodeFlags,
    wrapper: callgrind(dir),
    startTimeoutMs: 300_000,
  });
  const u = { id: 77, first_name: 'bench', language_code: 'en' };
  const rounds: (PerMiB & { seconds: number })[] = [];
  let idlePerSecond = 0;
  for (const [i, size] of [SMALL, SMALL, LARGE].entries()) {
    const started = Date.now();
    api.sendText(u, url(size, `i${i}`));
    await waitUntil(() => api.messagesTo(u.id).filter((m) => m.file).length > i, 600_000, 'delivery');
    const n = await dump(bot.proc.pid!, dir);
    if (i > 0) rounds.push({ ...(await mainThreadOf(dir, n)), seconds: (Date.now() - started) / 1000 });
    if (i === 0) {
      // A minute after start the bot asks yt-dlp its version (loading execa), ~200 M instructions
      // once: that must not fall into a round.
      await waitUntil(
        async () => {
          const check = (await bot.health()).body.checks?.['yt-dlp'] as { detail?: { version?: string } };
          return check?.detail?.version;
        },
        180_000,
        "yt-dlp's version",
      );
      // What the idle bot runs a second (timers, polling), to take out of each round's count; from
      // after the collection that follows 2 s without a job (lifecycle/release-memory.ts).
      await sleep(5000);
      await dump(bot.proc.pid!, dir);
      await sleep(IDLE_MS);
      idlePerSecond = (await mainThreadOf(dir, await dump(bot.proc.pid!, dir))).all / (IDLE_MS / 1000);
    }
  }
  await bot.stop();
  await api.close();
  const [small, large] = rounds.map((r) => ({ ...r, all: r.all - idlePerSecond * r.seconds }));
  console.log(
    `pishtaz idle: ${(idlePerSecond / 1e6).toFixed(2)} M instructions a second; rounds of ${rounds.map((r) => r.seconds.toFixed(0)).join(' and ')} s under valgrind`,
  );
  return perMiB(small!, large!);
}

async function countPlain(nodeFlags: string[], url: (size: number, name: string) => string): Promise<PerMiB> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-instructions-'));
  const [command, ...args] = [
    ...callgrind(dir),
    process.execPath,
    ...nodeFlags,
    path.join(ROOT, 'bench/plain-download.mjs'),
    dir,
  ];
  const proc = spawn(command!, args, {
    stdio: ['pipe', 'pipe', 'ignore'],
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1' },
  });
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  const counts: PerMiB[] = [];
  for (const [i, size] of [SMALL, SMALL, LARGE].entries()) {
    proc.stdin!.write(`${url(size, `p${i}`)}\n`);
    await lines.next();
    const n = await dump(proc.pid!, dir);
    if (i > 0) counts.push(await mainThreadOf(dir, n));
  }
  proc.stdin!.end();
  await new Promise((resolve) => proc.on('exit', resolve));
  return perMiB(counts[0]!, counts[1]!);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const upload = process.argv[2] === 'upload';
  const flags = process.argv.slice(upload ? 3 : 2);
  await benchInstructions(flags.length ? flags : NODE_FLAGS, upload);
}
