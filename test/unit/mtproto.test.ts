import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyMtprotoError } from '../../src/mtproto/classify.js';
import { createMtprotoClientManager } from '../../src/mtproto/client-manager.js';
import { uploadParts } from '../../src/mtproto/part-uploader.js';
import { PART_SIZE } from '../../src/mtproto/types.js';
import { createStubSession } from '../support/stub-mtproto.js';

const log = pino({ level: 'silent' });
const dir = mkdtempSync(path.join(tmpdir(), 'mtproto-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the one managed MTProto client', () => {
  it('creates exactly one client for ten concurrent first uses', async () => {
    let created = 0;
    const manager = createMtprotoClientManager({
      connect: async () => {
        created++;
        await new Promise((r) => setTimeout(r, 50));
        return createStubSession().session;
      },
      connectTimeoutMs: 1000,
      log,
    });
    const sessions = await Promise.all(Array.from({ length: 10 }, () => manager.get()));
    expect(created).toBe(1);
    expect(new Set(sessions).size).toBe(1);
    expect((await manager.probe()).detail).toMatchObject({ state: 'ready' });
  });

  it('fails a hanging connect after the timeout with a clear message, and the next use gets a fresh client', async () => {
    let attempts = 0;
    const manager = createMtprotoClientManager({
      connect: async (signal) => {
        attempts++;
        if (attempts === 1)
          return new Promise((_, reject) =>
            signal.addEventListener('abort', () => reject(new Error('aborted'))),
          );
        return createStubSession().session;
      },
      connectTimeoutMs: 200,
      log,
    });
    const t0 = Date.now();
    await expect(manager.get()).rejects.toThrow(/MTProto connect timed out after/);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(manager.probe()).toMatchObject({ ok: true, detail: { state: 'failed' } });
    await expect(manager.get()).resolves.toBeDefined();
    expect(attempts).toBe(2);
  });

  it('replaces a client that failed instead of reusing it', async () => {
    let created = 0;
    const manager = createMtprotoClientManager({
      connect: async () => {
        created++;
        return createStubSession().session;
      },
      connectTimeoutMs: 1000,
      log,
    });
    const first = await manager.get();
    await manager.discard(first);
    const second = await manager.get();
    expect(second).not.toBe(first);
    expect(created).toBe(2);
  });
});

describe('parallel part uploads', () => {
  const size = 120 * 1024 * 1024 + 12345;
  const file = path.join(dir, 'big.bin');
  // Each 4-byte word holds its own index, so a part out of place changes the hash (random bytes
  // would cost a second of CPU at this size).
  const words = new Uint32Array(Math.ceil(size / 4));
  for (let i = 0; i < words.length; i++) words[i] = i;
  const content = Buffer.from(words.buffer, 0, size);
  writeFileSync(file, content);
  const sha = createHash('sha256').update(content).digest('hex');

  it('uploads 120 MB in parts that reassemble to the original, within the parts-in-flight limit', async () => {
    const stub = createStubSession({ latencyMs: 2, failOnce: [7], floodOnce: { 30: 2 } });
    const progress: number[] = [];
    const t0 = Date.now();
    const { totalParts } = await uploadParts({
      session: stub.session,
      file,
      size,
      inFlight: 8,
      signal: new AbortController().signal,
      classify: classifyMtprotoError,
      onProgress: (done) => progress.push(done),
    });
    expect(totalParts).toBe(Math.ceil(size / PART_SIZE));
    const whole = createHash('sha256');
    for (let i = 0; i < totalParts; i++) whole.update(stub.parts.get(i)!);
    expect(whole.digest('hex')).toBe(sha);
    expect(progress.at(-1)).toBe(size);
    expect(stub.peak()).toBeLessThanOrEqual(8);
    expect(stub.peak()).toBeGreaterThanOrEqual(4);
    // The part that failed once was sent again, alone; every other part exactly once.
    const byIndex = (i: number) => stub.calls.filter((c) => c.index === i);
    expect(byIndex(7).map((c) => c.outcome)).toEqual(['fail', 'ok']);
    expect(stub.calls.filter((c) => c.outcome === 'ok')).toHaveLength(totalParts);
    // FLOOD_WAIT_2 was waited before part 30 went again.
    const [flood, retry] = byIndex(30);
    expect(flood!.outcome).toBe('flood');
    expect(retry!.at - flood!.at).toBeGreaterThanOrEqual(2000);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2000);
  });

  it('fails the whole upload cleanly on a fatal error', async () => {
    const stub = createStubSession();
    stub.session.saveBigFilePart = async () => {
      throw Object.assign(new Error('bad'), { code: 400, text: 'PEER_ID_INVALID' });
    };
    await expect(
      uploadParts({
        session: stub.session,
        file,
        size,
        inFlight: 4,
        signal: new AbortController().signal,
        classify: classifyMtprotoError,
      }),
    ).rejects.toThrow(/PEER_ID_INVALID/);
  });

  it("refuses a file of more than Telegram's 4000 parts of 512 KiB before sending any part", async () => {
    const stub = createStubSession();
    const upload = (bytes: number) =>
      uploadParts({
        session: stub.session,
        file,
        size: bytes,
        inFlight: 4,
        signal: new AbortController().signal,
        classify: classifyMtprotoError,
      });
    await expect(upload(4000 * 512 * 1024 + 1)).rejects.toThrow(/more than 4000 parts/);
    expect(stub.calls).toEqual([]);
  });
});
