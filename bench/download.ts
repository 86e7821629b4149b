import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createHttpDownloader } from '../src/download/http-download.js';
import { NODE_FLAGS } from '../test/support/spawn-bot.js';
import { startContentProcess } from './support.js';

const GiB = 1024 ** 3;
const ROUNDS = 7;

interface DownloadFigures {
  curlMiBs: number;
  oursMiBs: number;
  ratio: number;
  loopP99Ms: number;
}

/**
 * Download throughput against curl on the same local source (rounds alternate, best of each),
 * and event-loop delay p99 while three downloads run at full speed. The source runs in its own
 * process; the measuring process runs with `npm start`'s node flags, as the bot does.
 */
export async function benchDownload(size = GiB): Promise<DownloadFigures> {
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, '--import', 'tsx', import.meta.filename, '--measure', String(size)],
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
  });
  const one = async (file: string) =>
    downloader.download({ url, file, maxBytes: 4 * GiB, signal: new AbortController().signal });

  await one(path.join(dir, 'warm-up.bin')); // the first run pays for compiling the hot paths
  rmSync(path.join(dir, 'warm-up.bin'));
  const curl: number[] = [];
  const ours: number[] = [];
  const mibs = (ms: number) => size / 1024 ** 2 / (ms / 1000);
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    execFileSync('curl', ['-s', '-o', path.join(dir, 'curl.bin'), url]);
    curl.push(mibs(performance.now() - t));
    rmSync(path.join(dir, 'curl.bin'));
    t = performance.now();
    await one(path.join(dir, 'ours.bin'));
    ours.push(mibs(performance.now() - t));
    rmSync(path.join(dir, 'ours.bin'));
  }
  const best = (xs: number[]) => Math.max(...xs);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const ratio = best(ours) / best(curl);
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
  console.log(`  rounds, MiB/s: curl ${list(curl)}; pishtaz ${list(ours)}`);
  console.log(
    `  medians: curl ${median(curl).toFixed(0)}, pishtaz ${median(ours).toFixed(0)}, ratio ${(median(ours) / median(curl)).toFixed(2)}x`,
  );
  console.log(
    `download ${size / GiB} GiB: curl ${best(curl).toFixed(0)} MiB/s, pishtaz ${best(ours).toFixed(0)} MiB/s, ratio ${ratio.toFixed(2)}x curl (goal >= 0.95x, best of ${ROUNDS} alternating rounds)`,
  );

  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  await Promise.all([0, 1, 2].map((i) => one(path.join(dir, `p${i}.bin`))));
  h.disable();
  const loopP99Ms = h.percentile(99) / 1e6;
  console.log(
    `event-loop delay p99 during three parallel downloads: ${loopP99Ms.toFixed(1)} ms (goal < 20 ms)`,
  );

  await downloader.close();
  web.stop();
  rmSync(dir, { recursive: true, force: true });
  return { curlMiBs: best(curl), oursMiBs: best(ours), ratio, loopP99Ms };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--measure') console.log(JSON.stringify(await measure(Number(process.argv[3]))));
  else await benchDownload();
}
