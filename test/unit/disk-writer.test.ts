import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiskWriter, type FileWriter, SMALL_FILE_BYTES } from '../../src/download/disk-writer.js';
import { createFileWriter, type Slots, shortageList } from '../../src/download/file-writer.js';
import { sleep } from '../support/bot-api-double.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const threads = () => readdirSync('/proc/self/task').length;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'disk-writer-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Feeds `data` to `writer` in chunks of awkward sizes, then ends it. */
async function feed(writer: FileWriter, data: Buffer, sizes: number[]): Promise<void> {
  for (let at = 0, i = 0; at < data.length; i++) {
    const n = Math.min(data.length - at, sizes[i % sizes.length] ?? 1);
    await new Promise<void>((resolve, reject) =>
      writer.write(data.subarray(at, at + n), (err) => (err ? reject(err) : resolve())),
    );
    at += n;
  }
  await new Promise<void>((resolve, reject) => writer.end((err) => (err ? reject(err) : resolve())));
}

describe('disk writer', () => {
  it('writes several files at once through its shared slots, each byte for byte', async () => {
    const disk = createDiskWriter();
    const files = [0, 1, 2].map((i) => ({
      file: path.join(dir, `f${i}.bin`),
      data: randomBytes(7 * 1024 * 1024 + i * 333_333),
    }));
    await Promise.all(
      files.map(async ({ file, data }, i) => {
        const fd = openSync(file, 'w');
        await feed(disk.writeTo(fd), data, [[1, 65_536, 700_001], [524_288], [3_000_001, 17]][i] ?? [1]);
        closeSync(fd);
      }),
    );
    await disk.close();
    for (const { file, data } of files) expect(sha256(readFileSync(file))).toBe(sha256(data));
  });

  it('reports a write error to its file only; the others go on', async () => {
    const disk = createDiskWriter();
    const full = openSync('/dev/full', 'w');
    const fine = openSync(path.join(dir, 'fine.bin'), 'w');
    const data = randomBytes(6 * 1024 * 1024);
    const [failed, ok] = await Promise.allSettled([
      feed(disk.writeTo(full), data, [100_000]),
      feed(disk.writeTo(fine), data, [100_000]),
    ]);
    closeSync(full);
    closeSync(fine);
    await disk.close();
    expect(failed.status).toBe('rejected');
    expect((failed as PromiseRejectedResult).reason).toMatchObject({ kind: 'disk-full' });
    expect(ok.status).toBe('fulfilled');
    expect(sha256(readFileSync(path.join(dir, 'fine.bin')))).toBe(sha256(data));
  });

  it('stops its thread when idle and starts it again for the next file', async () => {
    const disk = createDiskWriter({ idleStopMs: 100 });
    const write = async (name: string) => {
      const fd = openSync(path.join(dir, name), 'w');
      await feed(disk.writeTo(fd), Buffer.alloc(1024 * 1024, 7), [65_536]);
      closeSync(fd);
    };
    await write('warm.bin'); // let the process start its other threads first
    await sleep(500);
    const idle = threads();
    const fd = openSync(path.join(dir, 'open.bin'), 'w');
    const open = disk.writeTo(fd);
    // A thread starts in milliseconds, but a loaded machine may take longer than a fixed wait.
    await expect.poll(threads, { timeout: 5000 }).toBe(idle + 1);
    await feed(open, Buffer.alloc(1000, 1), [1000]);
    closeSync(fd);
    await expect.poll(threads, { timeout: 5000 }).toBe(idle);
    await write('again.bin');
    expect(readFileSync(path.join(dir, 'again.bin')).length).toBe(1024 * 1024);
    await disk.close();
  });

  it('finishes the writes already handed over before it closes', async () => {
    const disk = createDiskWriter();
    const file = path.join(dir, 'closing.bin');
    const fd = openSync(file, 'w');
    const data = randomBytes(3 * 1024 * 1024 + 5);
    const writer = disk.writeTo(fd);
    writer.write(data, () => {});
    let ended = false;
    writer.end(() => {
      ended = true;
    });
    await disk.close();
    expect(ended).toBe(true);
    closeSync(fd);
    expect(sha256(readFileSync(file))).toBe(sha256(data));
  });

  it('fails, rather than hangs, a file still being written when its thread is gone', async () => {
    const disk = createDiskWriter();
    const fd = openSync(path.join(dir, 'orphan.bin'), 'w');
    const writer = disk.writeTo(fd);
    await new Promise<void>((resolve) => writer.write(Buffer.alloc(100_000), () => resolve()));
    await disk.close();
    const err = await feed(writer, Buffer.alloc(2 * 1024 * 1024), [65_536]).catch((e: unknown) => e);
    closeSync(fd);
    expect(err).toMatchObject({ kind: 'internal' });
  });

  it('writes files known to be small from the pool, without a thread, each byte for byte', async () => {
    let largeFiles = 0;
    const disk = createDiskWriter({ idleStopMs: 100, onLargeFile: () => largeFiles++ });
    const warm = openSync(path.join(dir, 'warm-pool.bin'), 'w');
    await feed(disk.writeTo(warm, { size: 1 }), Buffer.alloc(1, 1), [1]); // the pool's threads start
    closeSync(warm);
    const before = threads();
    const files = [0, 1, 2].map((i) => ({
      file: path.join(dir, `small${i}.bin`),
      data: randomBytes(3 * 1024 * 1024 + i * 77_777),
    }));
    const written: number[][] = [[], [], []];
    await Promise.all(
      files.map(async ({ file, data }, i) => {
        const fd = openSync(file, 'w');
        const onWritten = (n: number) => written[i]!.push(n);
        await feed(
          disk.writeTo(fd, { size: data.length, onWritten }),
          data,
          [[1, 65_536], [700_001], [17]][i] ?? [1],
        );
        closeSync(fd);
      }),
    );
    expect(threads()).toBe(before);
    for (const [i, { file, data }] of files.entries()) {
      expect(sha256(readFileSync(file))).toBe(sha256(data));
      expect(written[i]!.at(-1)).toBe(data.length);
    }
    const full = openSync('/dev/full', 'w');
    const err = await feed(disk.writeTo(full, { size: 2_000_000 }), Buffer.alloc(2_000_000), [100_000]).catch(
      (e: unknown) => e,
    );
    closeSync(full);
    expect(err).toMatchObject({ kind: 'disk-full' });
    expect(largeFiles).toBe(0);
    // A file larger than that, or of unknown size, gets the thread (and the optimizing compiler).
    const big = openSync(path.join(dir, 'big.bin'), 'w');
    const writer = disk.writeTo(big, { size: SMALL_FILE_BYTES + 1 });
    expect(largeFiles).toBe(1);
    await expect.poll(threads, { timeout: 5000 }).toBe(before + 1);
    await feed(writer, Buffer.alloc(1000, 1), [1000]);
    closeSync(big);
    await disk.close();
  });
});

describe('disk writer with slow files', () => {
  // Each slow file has a slot partly filled; one more file must not wait for them to fill it.
  for (const [name, size, slots] of [
    ['the thread', undefined, 8],
    ['the pool', 1_000_000, 4],
  ] as const) {
    it(`gives a file a slot while every other is held partly filled (${name})`, async () => {
      const disk = createDiskWriter();
      const files = Array.from({ length: slots + 1 }, (_, i) => {
        const fd = openSync(path.join(dir, `slow-${size ?? 'thread'}-${i}.bin`), 'w');
        return { fd, writer: disk.writeTo(fd, { size }), data: randomBytes(1000 + i) };
      });
      const copied = files.map(
        ({ writer, data }) =>
          new Promise<void>((resolve, reject) =>
            writer.write(data, (err) => (err ? reject(err) : resolve())),
          ),
      );
      await Promise.race([
        Promise.all(copied),
        sleep(3000).then(() => Promise.reject(new Error('a write waited for a slot'))),
      ]);
      await Promise.all(
        files.map(
          ({ writer }) =>
            new Promise<void>((resolve, reject) => writer.end((err) => (err ? reject(err) : resolve()))),
        ),
      );
      for (const [i, { fd, data }] of files.entries()) {
        closeSync(fd);
        expect(readFileSync(path.join(dir, `slow-${size ?? 'thread'}-${i}.bin`))).toEqual(data);
      }
      await disk.close();
    });
  }
});

describe('file writer', () => {
  it('says a stretch is on disk only once every byte before it is, whatever order the writes end in', () => {
    const ends: (() => void)[] = [];
    const slots: Slots = {
      size: 4,
      broken: () => undefined,
      acquire: () => Buffer.alloc(4),
      release: () => {},
      submit: (_slot, _fd, _position, _length, done) => ends.push(() => done()),
      afterProgress: () => {},
      ...shortageList(),
    };
    const onDisk: number[] = [];
    const writer = createFileWriter(
      slots,
      3,
      () => {},
      (n) => onDisk.push(n),
    );
    writer.write(Buffer.alloc(10), () => {});
    writer.end(() => {});
    expect(ends).toHaveLength(3);
    ends[2]!(); // the last stretch (8-10) first
    ends[1]!();
    expect(onDisk).toEqual([]);
    ends[0]!();
    expect(onDisk).toEqual([4, 8, 10]);
  });
});
