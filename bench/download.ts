import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createHttpDownloader } from '../src/download/http-download.js';
import { startContentProcess } from './support.js';

const GiB = 1024 ** 3;

/**
 * Download throughput against curl on the same local source, and event-loop delay p99 while
 * three downloads run at full speed. The source runs in its own process.
 */
export async function benchDownload(size = GiB) {
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

  const curlTimes: number[] = [];
  const ourTimes: number[] = [];
  for (let round = 0; round < 3; round++) {
    let t = performance.now();
    execFileSync('curl', ['-s', '-o', path.join(dir, 'curl.bin'), url]);
    curlTimes.push(performance.now() - t);
    rmSync(path.join(dir, 'curl.bin'));
    t = performance.now();
    await one(path.join(dir, 'ours.bin'));
    ourTimes.push(performance.now() - t);
    rmSync(path.join(dir, 'ours.bin'));
  }
  const best = (xs: number[]) => Math.min(...xs);
  const mbps = (ms: number) => size / 1024 ** 2 / (ms / 1000);
  const ratio = best(curlTimes) / best(ourTimes);
  console.log(
    `download ${size / GiB} GiB: curl ${mbps(best(curlTimes)).toFixed(0)} MiB/s, pishtaz ${mbps(best(ourTimes)).toFixed(0)} MiB/s, ratio ${ratio.toFixed(2)}x curl (goal >= 0.95x, best of 3)`,
  );

  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  await Promise.all([0, 1, 2].map((i) => one(path.join(dir, `p${i}.bin`))));
  h.disable();
  const p99 = h.percentile(99) / 1e6;
  console.log(`event-loop delay p99 during three parallel downloads: ${p99.toFixed(1)} ms (goal < 20 ms)`);

  await downloader.close();
  web.stop();
  rmSync(dir, { recursive: true, force: true });
  return { curlMiBs: mbps(best(curlTimes)), oursMiBs: mbps(best(ourTimes)), ratio, loopP99Ms: p99 };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDownload();
