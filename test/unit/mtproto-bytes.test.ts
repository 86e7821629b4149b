import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMtprotoBytes, DOWNLOAD_PART } from '../../src/file-links/mtproto-bytes.js';
import { classifyMtprotoError } from '../../src/mtproto/classify.js';
import { createStubSession } from '../support/stub-mtproto.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ref = (fileId: string) => ({ fileId, chatId: null, messageId: null });
const byteAt = (o: number) => (o * 7 + (o >> 12)) & 255;
const bytesFor = (stub: ReturnType<typeof createStubSession>, ahead: number) =>
  createMtprotoBytes({ session: async () => stub.session, classify: classifyMtprotoError, ahead });

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}

describe('file-link bytes through MTProto (against the stub)', () => {
  afterEach(() => vi.useRealTimers());

  it('serves any range exactly, across part boundaries and at the file end', async () => {
    const size = 3 * DOWNLOAD_PART + 12_345;
    const stub = createStubSession({ files: { F: { size, byteAt } } });
    const bytes = bytesFor(stub, 4);
    for (const [start, end] of [
      [0, size - 1],
      [DOWNLOAD_PART - 3, DOWNLOAD_PART + 2],
      [size - 10, size - 1],
      [1_000_000, 1_000_000],
    ] as const) {
      const got = await collect(await bytes.open(ref('F'), start, end, new AbortController().signal));
      expect(got.length).toBe(end - start + 1);
      for (let i = 0; i < got.length; i += 997) expect(got[i]).toBe(byteAt(start + i));
      expect(got.at(-1)).toBe(byteAt(end));
    }
  });

  it('four parts ahead are at least 3.5 times as fast as one, at 50 ms a part (virtual time)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const size = 40 * DOWNLOAD_PART;
    const elapsed = async (ahead: number) => {
      const stub = createStubSession({ latencyMs: 50, files: { F: { size, byteAt: () => 1 } } });
      const t0 = Date.now();
      let done = false;
      const read = bytesFor(stub, ahead)
        .open(ref('F'), 0, size - 1, new AbortController().signal)
        .then(collect)
        .then((b) => {
          done = true;
          return b;
        });
      while (!done) await vi.advanceTimersByTimeAsync(5);
      expect((await read).length).toBe(size);
      expect(stub.downloadPeak()).toBe(ahead);
      return Date.now() - t0;
    };
    const one = await elapsed(1);
    const four = await elapsed(4);
    expect(one).toBeGreaterThanOrEqual(40 * 50);
    expect(one / four).toBeGreaterThanOrEqual(3.5);
  });

  it('a reader that stops holds no more than the parts ahead; a FLOOD_WAIT is waited out', async () => {
    const stub = createStubSession({
      files: { F: { size: 100 * DOWNLOAD_PART, byteAt } },
      downloadFloodOnce: { [DOWNLOAD_PART * 2]: 1 },
    });
    const stream = await bytesFor(stub, 4).open(
      ref('F'),
      0,
      100 * DOWNLOAD_PART - 1,
      new AbortController().signal,
    );
    const it = stream[Symbol.asyncIterator]();
    for (let i = 0; i < 3; i++) await it.next();
    await new Promise((r) => setTimeout(r, 1300));
    // Three parts read, four asked ahead of the reader at most: nothing more was fetched.
    expect(stub.downloads.length).toBeLessThanOrEqual(3 + 4);
    const third = (await it.next()).value as Buffer;
    expect(third[0]).toBe(byteAt(3 * DOWNLOAD_PART));
    await it.return?.();
  });

  it('many connections at once share a budget of parts ahead; each still gets one', async () => {
    const size = 12 * DOWNLOAD_PART;
    const stub = createStubSession({ latencyMs: 20, files: { F: { size, byteAt } } });
    const bytes = createMtprotoBytes({
      session: async () => stub.session,
      classify: classifyMtprotoError,
      ahead: 4,
      budget: 8,
    });
    const all = await Promise.all(
      Array.from({ length: 4 }, async () =>
        collect(await bytes.open(ref('F'), 0, size - 1, new AbortController().signal)),
      ),
    );
    for (const got of all) expect(got.length).toBe(size);
    // Four connections with four ahead each would have 16 parts out; the budget keeps it to 8,
    // and one each for the two connections that arrived when it was spent.
    expect(stub.downloadPeak()).toBeLessThanOrEqual(10);
    expect(stub.downloadPeak()).toBeGreaterThanOrEqual(4);
    // Alone, a connection still gets its four ahead.
    const alone = createStubSession({ latencyMs: 20, files: { F: { size, byteAt } } });
    await collect(
      await createMtprotoBytes({
        session: async () => alone.session,
        classify: classifyMtprotoError,
        ahead: 4,
        budget: 8,
      }).open(ref('F'), 0, size - 1, new AbortController().signal),
    );
    expect(alone.downloadPeak()).toBe(4);
  });

  it('renews an expired file reference from the message, once, and keeps the new file_id', async () => {
    const size = 6 * DOWNLOAD_PART;
    const stub = createStubSession({
      files: { FRESH: { size, byteAt } },
      expired: new Set(['STALE']),
      messages: { '42/7': 'FRESH' },
    });
    const renewed: string[] = [];
    const got = await collect(
      await bytesFor(stub, 4).open(
        { fileId: 'STALE', chatId: 42, messageId: 7, onNewFileId: (id) => renewed.push(id) },
        0,
        size - 1,
        new AbortController().signal,
      ),
    );
    expect(got.length).toBe(size);
    expect(got[size - 1]).toBe(byteAt(size - 1));
    expect(renewed).toEqual(['FRESH']);
    // Without the message, the request fails instead of serving anything else.
    await expect(
      collect(await bytesFor(stub, 4).open(ref('STALE'), 0, 10, new AbortController().signal)),
    ).rejects.toThrow(/FILE_REFERENCE_EXPIRED/);
  });

  it('streams 200 MB holding no more than the parts ahead, whatever the collector has yet to free', async () => {
    const size = 200 * 1024 * 1024;
    // Parts start at multiples of 4 KiB, so every part begins the same 0..255 pattern: a copy of
    // it costs far less than 200 million byteAt calls.
    const pattern = Uint8Array.from({ length: 1024 * 1024 }, (_, i) => i & 255);
    const fetched: WeakRef<ArrayBufferLike>[] = [];
    const stub = createStubSession({
      files: {
        F: {
          size,
          byteAt: (o) => o & 255,
          chunkAt: (_o, n) => {
            const part = pattern.slice(0, n);
            fetched.push(new WeakRef(part.buffer));
            return part;
          },
        },
      },
    });
    // RSS and the process's buffer total move with the collector and with whatever ran before in
    // this process; the parts still reachable after a full collection are what the stream holds.
    const held = () => {
      gc();
      return fetched.filter((part) => part.deref() !== undefined).length;
    };
    const samples: number[] = [];
    let received = 0;
    await pipeline(
      await bytesFor(stub, 4).open(ref('F'), 0, size - 1, new AbortController().signal),
      new Writable({
        write(chunk: Buffer, _enc, cb) {
          received += chunk.length;
          if (received % (8 * DOWNLOAD_PART) === 0) samples.push(held());
          setImmediate(cb);
        },
      }),
    );
    expect(received).toBe(size);
    expect(samples.length).toBe(50);
    // Four parts ahead and the one being written.
    expect(Math.max(...samples)).toBeLessThanOrEqual(5);
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(1);
  });
});
