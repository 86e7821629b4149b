import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    for (let round = 0; round <= ROUNDS; round++) {
      const url = `${web.url}/gen?size=${size}&name=cost-${round}.bin`;
      const before = cpuSecondsOf(bot.proc.pid!);
      api.sendText(u, url);
      await waitUntil(() => api.messagesTo(u.id).filter((m) => m.file).length > round, 600_000, 'delivery');
      const botCpu = cpuSecondsOf(bot.proc.pid!) - before;
      const file = path.join(dir, 'curl.bin');
      const upload = local
        ? ''
        : ` && curl -sS -o /dev/null -F chat_id=${u.id + 1} -F document=@${file} ${api.url}/bot${TEST_TOKEN}/sendDocument`;
      const curlCpu = await cpuOfShell(`curl -sS -o ${file} '${url}'${upload}`);
      rmSync(file, { force: true });
      if (round === 0) continue; // the first round pays for compiling the hot paths
      bots.push(botCpu);
      curls.push(curlCpu);
    }
    await bot.stop();
    await api.close();
    const perGiB = (s: number) => s / (size / GiB);
    const b = perGiB(median(bots));
    const c = perGiB(median(curls));
    figures[mode] = { bot: b, curl: c, ratio: b / c };
    const list = (xs: number[]) => xs.map((x) => perGiB(x).toFixed(2)).join(' ');
    console.log(`  ${mode} rounds, CPU s/GiB: pishtaz ${list(bots)}; curl ${list(curls)}`);
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
