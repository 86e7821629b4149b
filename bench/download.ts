import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Agent, stream } from 'undici';
import { createHttpDownloader } from '../src/download/http-download.js';
import { enableOptimizingCompiler } from '../src/lifecycle/optimizing-compiler.js';
import { NODE_FLAGS } from '../test/support/spawn-bot.js';
import { startContentProcess } from './support.js';

const GiB = 1024 ** 3;
const ROUNDS = 7;

export interface DownloadFigures {
  curlMiBs: number;
  oursMiBs: number;
  /** Median of our rounds over the median of curl's: the goal figure. */
  ratio: number;
  /** The same for a plain undici stream into fs.createWriteStream, without the writer thread. */
  plainRatio: number;
  loopP99Ms: number;
  plainLoopP99Ms: number;
}

/**
 * Download throughput against curl on the same local source (rounds alternate, medians compared),
 * and event-loop delay p99 while three downloads run at full speed. The source runs in its own
 * process; the measuring process runs with `npm start`'s node flags, as the bot does.
 */
export async function benchDownload(size = GiB, nodeFlags = NODE_FLAGS): Promise<DownloadFigures> {
  const child = spawn(
    process.execPath,
    [...nodeFlags, '--import', 'tsx', import.meta.filename, '--measure', String(size)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d;
  });
  await new Promise((resolve) => child.on('close', resolve));
  const lines = out.trim().split('\n');
  console.log(lines.slice(0, -1).join('\n'));
  return JSON.parse(lines.at(-1) ?? '{}') as DownloadFigures;
}

async function measure(size: number): Promise<DownloadFigures> {
  const web = await startContentProcess();
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-dl-'));
  const url = `${web.url}/gen?size=${size}`;
  const downloader = createHttpDownloader({
    policy: { allowPrivate: true, allowlist: [] },
    connectTimeoutMs: 5000,
    idleTimeoutMs: 30_000,
    totalTimeoutMs: 600_000,
    // As the bot's (app/create-pipelines.ts): its first large file turns TurboFan on.
    onLargeFile: enableOptimizingCompiler,
  });
  const plainAgent = new Agent();
  const one = async (file: string) =>
    downloader.download({ url, file, maxBytes: 4 * GiB, signal: new AbortController().signal });

  // The simplest alternative to the writer thread, to show whether the thread still pays.
  const plain = async (file: string) => {
    await stream(url, { method: 'GET', dispatcher: plainAgent }, () => createWriteStream(file));
  };
  const sources: Record<string, (file: string) => Promise<unknown>> = {
    curl: async (file) => execFileSync('curl', ['-s', '-o', file, url]),
    pishtaz: one,
    plain,
  };

  await one(path.join(dir, 'warm-up.bin')); // the first run pays for compiling the hot paths
  await plain(path.join(dir, 'warm-up.bin'));
  rmSync(path.join(dir, 'warm-up.bin'));
  const rounds: Record<string, number[]> = { curl: [], pishtaz: [], plain: [] };
  const mibs = (ms: number) => size / 1024 ** 2 / (ms / 1000);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(sources)) {
      const file = path.join(dir, `${name}.bin`);
      const t = performance.now();
      await run(file);
      rounds[name]!.push(mibs(performance.now() - t));
      rmSync(file);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
  const [curl, ours, simple] = [rounds.curl!, rounds.pishtaz!, rounds.plain!];
  const ratio = median(ours) / median(curl);
  const plainRatio = median(simple) / median(curl);
  console.log(`  rounds, MiB/s: curl ${list(curl)}; pishtaz ${list(ours)}; plain stream ${list(simple)}`);
  console.log(
    `  best: curl ${Math.max(...curl).toFixed(0)}, pishtaz ${Math.max(...ours).toFixed(0)}, ratio ${(Math.max(...ours) / Math.max(...curl)).toFixed(2)}x`,
  );
  console.log(
    `download ${size / GiB} GiB, medians of ${ROUNDS} alternating rounds: curl ${median(curl).toFixed(0)} MiB/s, pishtaz ${median(ours).toFixed(0)} MiB/s, ratio ${ratio.toFixed(2)}x curl (goal >= 1.0x); plain undici stream into createWriteStream ${plainRatio.toFixed(2)}x`,
  );

  const loopDelay = async (run: (file: string) => Promise<unknown>) => {
    const h = monitorEventLoopDelay({ resolution: 1 });
    h.enable();
    await Promise.all([0, 1, 2].map((i) => run(path.join(dir, `p${i}.bin`))));
    h.disable();
    return h.percentile(99) / 1e6;
  };
  const loopP99Ms = await loopDelay(one);
  const plainLoopP99Ms = await loopDelay(plain);
  console.log(
    `event-loop delay p99 during three parallel downloads: ${loopP99Ms.toFixed(1)} ms (goal < 20 ms); plain stream ${plainLoopP99Ms.toFixed(1)} ms`,
  );

  await downloader.close();
  await plainAgent.close();
  web.stop();
  rmSync(dir, { recursive: true, force: true });
  return {
    curlMiBs: median(curl),
    oursMiBs: median(ours),
    ratio,
    plainRatio,
    loopP99Ms,
    plainLoopP99Ms,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--measure') console.log(JSON.stringify(await measure(Number(process.argv[3]))));
  else await benchDownload();
}
