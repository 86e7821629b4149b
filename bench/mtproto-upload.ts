import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classifyMtprotoError } from '../src/mtproto/classify.js';
import { uploadParts } from '../src/mtproto/part-uploader.js';
import { createStubSession } from '../test/support/stub-mtproto.js';
import { mib } from './support.js';

/** Upload throughput against a stub with 50 ms per part: 1 vs 4 vs 8 parts in flight. */
export async function benchMtprotoUpload(sizeMiB = 32) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-mt-'));
  const file = path.join(dir, 'f.bin');
  const size = sizeMiB * 1024 * 1024;
  writeFileSync(file, randomBytes(size));
  const results: Record<number, { mibs: number; rssGrowth: number }> = {};
  for (const inFlight of [1, 4, 8]) {
    const stub = createStubSession({ latencyMs: 50 });
    stub.parts.set = function (this: Map<number, Buffer>) {
      return this; // do not keep the parts: memory must stay flat
    };
    globalThis.gc?.();
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    await uploadParts({
      session: stub.session,
      file,
      size,
      inFlight,
      signal: new AbortController().signal,
      classify: classifyMtprotoError,
    });
    const s = (performance.now() - t0) / 1000;
    results[inFlight] = { mibs: sizeMiB / s, rssGrowth: (process.memoryUsage().rss - rss0) / 1024 ** 2 };
  }
  rmSync(dir, { recursive: true, force: true });
  const base = results[1]!.mibs;
  for (const n of [1, 4, 8]) {
    const r = results[n]!;
    console.log(
      `MTProto upload, ${n} part(s) in flight: ${r.mibs.toFixed(1)} MiB/s = ${(r.mibs / base).toFixed(2)}x of 1 (RSS growth ${mib(r.rssGrowth)})`,
    );
  }
  console.log('goals: >= 3.5x at 4, >= 6x at 8, memory flat');
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMtprotoUpload();
