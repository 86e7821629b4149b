import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { NODE_FLAGS } from '../test/support/spawn-bot.js';
import { mib, ROOT, rssOf, sleep } from './support.js';

const run = promisify(execFile);
const MiB = 1024 ** 2;
const CLIENTS = 20;
const LATENCY_MS = Number(process.env.LINK_PART_MS ?? 50);

/**
 * File links under load: 20 concurrent downloads of one 100 MiB link whose bytes come from the
 * MTProto stub (512 KiB parts at 50 ms each, as in #25's acceptance, four ahead per connection). Reference in the same
 * run: one curl of one link alone (what one connection's read-ahead gives). Peak RSS of the
 * server process; goal < 150 MiB.
 */
export async function benchLinkServe() {
  const proc = spawn(process.execPath, [...NODE_FLAGS, path.join(ROOT, 'bench/link-serve-process.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      LATENCY_MS: String(LATENCY_MS),
      ...(process.env.BENCH_MALLOC_MMAP_THRESHOLD
        ? { MALLOC_MMAP_THRESHOLD_: process.env.BENCH_MALLOC_MMAP_THRESHOLD }
        : {}),
    },
  });
  try {
    const url = await new Promise<string>((resolve) => {
      proc.stdout!.on('data', (d: Buffer) => {
        const m = d.toString().match(/http:\/\/\S+/);
        if (m) resolve(m[0]);
      });
    });
    // Each client from its own loopback address, as 20 users would be (16 connections per address at most).
    const curl = async (client = 1) => {
      const { stdout } = await run('curl', [
        '-s',
        '--interface',
        `127.0.0.${client}`,
        '-o',
        '/dev/null',
        '-w',
        '%{size_download} %{time_total} %{http_code}',
        url,
      ]);
      const [bytes, secs] = stdout.split(' ').map(Number) as [number, number];
      if (bytes !== 100 * MiB)
        throw new Error(
          `curl got ${bytes} bytes: ${stdout} ${(await (await fetch(url)).text()).slice(-300)}`,
        );
      return bytes / MiB / secs;
    };
    await sleep(500);
    const fresh = rssOf(proc.pid!).rss;
    const single = await curl();
    await sleep(500);
    const idle = rssOf(proc.pid!).rss;
    let peak = idle;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssOf(proc.pid!).rss);
    }, 25);
    const t0 = performance.now();
    const rates = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => curl(i + 2)));
    const secs = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const aggregate = (CLIENTS * 100) / secs;
    console.log(
      `link-serve: ${CLIENTS} × 100 MiB through one link (MTProto stub, ${LATENCY_MS} ms a part): ` +
        `${aggregate.toFixed(0)} MiB/s in all, ${Math.min(...rates).toFixed(1)}–${Math.max(...rates).toFixed(1)} MiB/s each; ` +
        `one download alone ${single.toFixed(1)} MiB/s (ideal ${((4 * 0.5) / (LATENCY_MS / 1000)).toFixed(0)}); ` +
        `RSS at start ${mib(fresh)}, after one download ${mib(idle)}, peak ${mib(peak)} (goal < 150 MiB)`,
    );
    return { aggregate, single, peak };
  } finally {
    proc.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLinkServe();
