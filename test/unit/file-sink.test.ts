import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiskWriter, SMALL_FILE_BYTES } from '../../src/download/disk-writer.js';
import { createFileSink } from '../../src/download/file-sink.js';
import { createHttpDownloader } from '../../src/download/http-download.js';
import { JobFailure } from '../../src/pipeline/types.js';
import { type ContentServer, generatedSha256, startContentServer } from '../support/content-server.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
let dir: string;
let web: ContentServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sink-'));
  web = await startContentServer();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await web.close();
  await disk.close();
});
const disk = createDiskWriter();

describe('file sink', () => {
  it('writes chunks of any size, across slot boundaries, byte for byte, reporting progress', async () => {
    const data = randomBytes(9 * 1024 * 1024 + 12_345);
    const chunks: Buffer[] = [];
    for (let at = 0; at < data.length; ) {
      const n = Math.min(data.length - at, [1, 700, 65_536, 1_048_576, 3_000_001][chunks.length % 5] ?? 1);
      chunks.push(data.subarray(at, at + n));
      at += n;
    }
    const seen: number[] = [];
    const file = path.join(dir, 'a.bin');
    const sink = createFileSink(file, data.length, (n) => seen.push(n), disk);
    await pipeline(Readable.from(chunks), sink);
    expect(sha256(readFileSync(file))).toBe(sha256(data));
    expect(sink.bytes()).toBe(data.length);
    expect(seen.at(-1)).toBe(data.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('fails the moment the bytes pass the limit', async () => {
    const sink = createFileSink(path.join(dir, 'b.bin'), 5 * 1024 * 1024, () => {}, disk);
    const chunks = Array.from({ length: 100 }, () => Buffer.alloc(1024 * 1024));
    const err = await pipeline(Readable.from(chunks), sink).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JobFailure);
    expect((err as JobFailure).kind).toBe('too-large');
    expect(sink.bytes()).toBeLessThanOrEqual(6 * 1024 * 1024);
  });
});

describe('http downloader', () => {
  const downloader = (onLargeFile?: () => void) =>
    createHttpDownloader({
      policy: { allowPrivate: true, allowlist: [] },
      connectTimeoutMs: 2000,
      idleTimeoutMs: 2000,
      totalTimeoutMs: 10_000,
      onLargeFile,
    });

  it('says when a file that is large or of unknown size begins, and not for a small one', async () => {
    let largeFiles = 0;
    const dl = downloader(() => largeFiles++);
    const get = (query: string) =>
      dl.download({
        url: `${web.url}/gen?${query}`,
        file: path.join(dir, 'large-or-not.bin'),
        maxBytes: 64 * 1024 * 1024,
        signal: AbortSignal.timeout(10_000),
      });
    await get('size=1000000');
    expect(largeFiles).toBe(0);
    await get('size=1000000&nolength=1');
    expect(largeFiles).toBe(1);
    await get(`size=${SMALL_FILE_BYTES + 1}`);
    expect(largeFiles).toBe(2);
    await dl.close();
  });

  it('follows redirects and stores the body byte for byte with its name and type', async () => {
    const size = 3 * 1024 * 1024 + 7;
    web.route('/hop', (_req, res) => {
      res.writeHead(302, { location: `/gen?size=${size}&name=report.pdf` });
      res.end('moved');
    });
    const dl = downloader();
    const file = path.join(dir, 'c.bin');
    const got = await dl.download({
      url: `${web.url}/hop`,
      file,
      maxBytes: size,
      signal: AbortSignal.timeout(5000),
    });
    await dl.close();
    expect(got.size).toBe(size);
    expect(got.filename).toBe('report.pdf');
    expect(got.finalUrl).toContain('/gen?size=');
    expect(sha256(readFileSync(file))).toBe(generatedSha256(size));
  });

  it('reports a full disk as disk-full, the failure users are told about', async () => {
    const dl = downloader();
    const err = await dl
      .download({
        url: `${web.url}/gen?size=${3 * 1024 * 1024}`,
        file: '/dev/full',
        maxBytes: 10 * 1024 * 1024,
        signal: AbortSignal.timeout(5000),
      })
      .catch((e: unknown) => e);
    await dl.close();
    expect(err).toBeInstanceOf(JobFailure);
    expect((err as JobFailure).kind).toBe('disk-full');
  });
});
