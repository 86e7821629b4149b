import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startBotApiDouble } from '../test/support/bot-api-double.js';
import { startBot, TEST_TOKEN, waitUntil } from '../test/support/spawn-bot.js';
import { startContentProcess } from './support.js';

const GiB = 1024 ** 3;
const ROUNDS = 3;
const run = promisify(execFile);

/** CPU seconds (user + system, every thread, reaped children) a process has used so far. */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14-17 of proc(5) (utime, stime, cutime, cstime) are 11-14 here, counted after the name.
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** The children's user + system time a shell's `times` printed after running `command`. */
async function cpuOfShell(command: string): Promise<number> {
  const { stdout } = await run('sh', ['-c', `${command} && times`]);
  const children = stdout.trim().split('\n').at(-1) ?? '';
  return [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((s, m) => s + Number(m[1]) * 60 + Number(m[2]), 0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/** The groups of a bot's threads, by the names Node and V8 give them. */
const GROUPS: Record<string, string> = {
  MainThread: 'main',
  WorkerThread: 'writer',
  V8Worker: 'gc',
  'libuv-worker': 'pool',
};

/**
 * CPU seconds of a process's threads by group, sampled every 100 ms while a round runs, so a
 * thread that ends within it (the writer stops 2 s after the last download) still counts.
 */
function watchThreads(pid: number) {
  const last = new Map<string, { group: string; cpu: number }>();
  const sample = () => {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        last.set(tid, {
          group: GROUPS[name] ?? 'other',
          cpu: (Number(fields[11]) + Number(fields[12])) / 100,
        });
      } catch {} // the thread ended between the listing and the read
    }
  };
  const timer = setInterval(sample, 100);
  const totals = () => {
    sample();
    const by: Record<string, number> = {};
    for (const { group, cpu } of last.values()) by[group] = (by[group] ?? 0) + cpu;
    return by;
  };
  return { totals, stop: () => clearInterval(timer) };
}

/**
 * CPU per GiB of the bot process against curl on the same source, in the same run:
 * - download only: a local Bot API server (`BOT_API_LOCAL`), so the file is sent by path;
 * - download and upload: the Bot API double takes the multipart upload; curl downloads the file,
 *   then a second curl uploads it the same way.
 */
export async function benchCost(
  size = GiB,
  nodeFlags?: string[],
  modes: readonly ('download' | 'download+upload')[] = ['download', 'download+upload'],
) {
  const web = await startContentProcess();
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-cost-'));
  const figures: Record<string, { bot: number; curl: number; ratio: number }> = {};
  for (const mode of modes) {
    const local = mode === 'download';
    const api = await startBotApiDouble({ token: TEST_TOKEN, local, uploadLimitBytes: 3 * GiB });
    const bot = await startBot({
      apiRoot: api.url,
      name: `bench-cost-${local ? 'local' : 'upload'}`,
      env: {
        LOG_LEVEL: 'info',
        BOT_API_LOCAL: String(local),
        BOT_API_UPLOAD_LIMIT_MB: '2000',
        MAX_FILE_SIZE_MB: '2000',
        PROGRESS_INTERVAL_SECONDS: '3',
      },
      nodeFlags,
    });
    const u = { id: 77, first_name: 'bench', language_code: 'en' };
    const bots: number[] = [];
    const curls: number[] = [];
    const threadRounds: Record<string, number>[] = [];
    const threads = watchThreads(bot.proc.pid!);
    for (let round = 0; round <= ROUNDS; round++) {
      const url = `${web.url}/gen?size=${size}&name=cost-${round}.bin`;
      const before = cpuSecondsOf(bot.proc.pid!);
      const threadsBefore = threads.totals();
      api.sendText(u, url);
      await waitUntil(() => api.messagesTo(u.id).filter((m) => m.file).length > round, 600_000, 'delivery');
      const botCpu = cpuSecondsOf(bot.proc.pid!) - before;
      const threadsAfter = threads.totals();
      const byGroup = Object.fromEntries(
        Object.entries(threadsAfter).map(([g, cpu]) => [g, cpu - (threadsBefore[g] ?? 0)]),
      );
      const file = path.join(dir, 'curl.bin');
      const upload = local
        ? ''
        : ` && curl -sS -o /dev/null -F chat_id=${u.id + 1} -F document=@${file} ${api.url}/bot${TEST_TOKEN}/sendDocument`;
      const curlCpu = await cpuOfShell(`curl -sS -o ${file} '${url}'${upload}`);
      rmSync(file, { force: true });
      // The double keeps each upload on disk. Kept, they made each later round dearer for the
      // process writing beside the double's own writes (the bot, which uploads while it
      // downloads): its writer thread's copy into the page cache went from ~0.4 to 1.5-3.3 s/GiB.
      for (const call of api.calls)
        for (const part of Object.values(call.files)) rmSync(part.path, { force: true });
      if (round === 0) continue; // the first round pays for compiling the hot paths
      bots.push(botCpu);
      curls.push(curlCpu);
      threadRounds.push(byGroup);
    }
    threads.stop();
    await bot.stop();
    await api.close();
    const perGiB = (s: number) => s / (size / GiB);
    const b = perGiB(median(bots));
    const c = perGiB(median(curls));
    figures[mode] = { bot: b, curl: c, ratio: b / c };
    const list = (xs: number[]) => xs.map((x) => perGiB(x).toFixed(2)).join(' ');
    console.log(`  ${mode} rounds, CPU s/GiB: pishtaz ${list(bots)}; curl ${list(curls)}`);
    // What moves between rounds: on this VM, mostly the writer thread's copy into the page cache.
    const groups = ['main', 'writer', 'gc', 'pool', 'other'];
    console.log(
      `    by thread: ${groups.map((g) => `${g} ${list(threadRounds.map((r) => r[g] ?? 0))}`).join('; ')}`,
    );
  }
  web.stop();
  rmSync(dir, { recursive: true, force: true });
  const line = (mode: string, goal: string) => {
    const f = figures[mode];
    return f
      ? `${mode}: pishtaz ${f.bot.toFixed(2)} s, curl ${f.curl.toFixed(2)} s, ${f.ratio.toFixed(2)}x (goal <= ${goal})`
      : '';
  };
  console.log(
    `CPU per GiB, medians of ${ROUNDS}; ${line('download', '1.5x')}; ${line('download+upload', '2x')}`,
  );
  return { cpuDownloadRatio: figures.download?.ratio, cpuUploadRatio: figures['download+upload']?.ratio };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCost(Number(process.argv[2] ?? GiB));
