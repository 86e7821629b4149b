import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotApiUploader } from '../../src/delivery/bot-api-uploader.js';
import { createDelivery } from '../../src/delivery/delivery-service.js';
import { createMtprotoUploader } from '../../src/delivery/mtproto-uploader.js';
import { createHttpDownloader } from '../../src/download/http-download.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { classifyMtprotoError } from '../../src/mtproto/classify.js';
import { createMtprotoClientManager } from '../../src/mtproto/client-manager.js';
import { PART_SIZE } from '../../src/mtproto/types.js';
import { createHttpSource } from '../../src/sources/http-source.js';
import type { FileCacheEntry } from '../../src/storage/types.js';
import { type ContentServer, generatedSha256, startContentServer } from '../support/content-server.js';
import { runningJob } from '../support/job-record.js';
import { createStubSession } from '../support/stub-mtproto.js';

const MB = 1024 * 1024;
const log = pino({ level: 'silent' });
const dir = mkdtempSync(path.join(tmpdir(), 'stream-split-'));
let web: ContentServer;
beforeAll(async () => {
  web = await startContentServer();
});
afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

const job = (id: string, url: string) => runningJob({ id, url });

/** The http source and delivery as the bot wires them, MTProto through the stub, small parts. */
function setUp(maxPartBytes: number, sessionLatencyMs: number) {
  const stub = createStubSession({ latencyMs: sessionLatencyMs });
  const uploads = new Map<bigint, Buffer[]>();
  const file = path.join(dir, `job-${maxPartBytes}`, 'download');
  let peakDisk = 0;
  let heldBehind = 0;
  const partIds: bigint[] = [];
  const save = stub.session.saveBigFilePart.bind(stub.session);
  stub.session.saveBigFilePart = async (p, signal) => {
    // What the job holds on disk while each part goes out (allocated blocks: freed ranges do not
    // count), and how much of it lies before the part going out: parts Telegram already has.
    if (!partIds.includes(p.fileId)) partIds.push(p.fileId);
    const st = statSync(file);
    const partStart = partIds.indexOf(p.fileId) * maxPartBytes;
    peakDisk = Math.max(peakDisk, st.blocks * 512);
    heldBehind = Math.max(heldBehind, st.blocks * 512 - Math.max(0, st.size - partStart));
    await save(p, signal);
    const parts = uploads.get(p.fileId) ?? [];
    parts[p.index] = Buffer.from(p.bytes);
    uploads.set(p.fileId, parts);
  };
  const cache = new Map<string, FileCacheEntry>();
  const delivery = createDelivery({
    api: new Api('1:x', { apiRoot: 'http://127.0.0.1:9' }),
    fileCache: {
      get: async (k) => cache.get(k),
      put: async (k, e) => void cache.set(k, e),
      delete: async (k) => void cache.delete(k),
      prune: async () => 0,
    },
    t: createI18n('en').t,
    botApiUploader: createBotApiUploader(new Api('1:x', { apiRoot: 'http://127.0.0.1:9' })),
    largeUploader: createMtprotoUploader({
      manager: createMtprotoClientManager({ connect: async () => stub.session, connectTimeoutMs: 1000, log }),
      inFlight: 4,
      classify: classifyMtprotoError,
    }),
    botApiLimitBytes: 1 * MB,
    maxFileBytes: 100 * MB,
    maxPartBytes,
    tmpDir: dir,
  });
  const downloader = createHttpDownloader({
    policy: { allowPrivate: true, allowlist: [] },
    connectTimeoutMs: 5000,
    idleTimeoutMs: 5000,
    totalTimeoutMs: 60_000,
  });
  const source = createHttpSource({ downloader, delivery });
  return {
    stub,
    uploads,
    delivery,
    source,
    downloader,
    file,
    peakDisk: () => peakDisk,
    heldBehind: () => heldBehind,
  };
}

describe('a split file sent while it downloads', () => {
  it('delivers 3 raw parts whose concatenation is the file, holding about one part of disk', async () => {
    const part = 8 * PART_SIZE; // 4 MiB
    const size = 2 * part + 3 * MB;
    const s = setUp(part, 5);
    const url = `${web.url}/gen?size=${size}&rate=${8 * MB}&name=big.bin`;
    const j = job('split', url);
    const io = {
      signal: new AbortController().signal,
      report: () => {},
      touch: () => {},
      shown: async () => {},
    };
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.dirname(s.file), { recursive: true });
    const probe = {
      job: j,
      url: new URL(url),
      head: undefined,
      dir: path.dirname(s.file),
      maxBytes: 100 * MB,
    };
    const outcome = await s.source.fetch(probe, io);
    expect(outcome && 'files' in outcome && outcome.files[0]!.growing).toBeTruthy();
    const files = (outcome as { files: Parameters<typeof s.delivery.deliver>[2] }).files;
    const delivered = await s.delivery.deliver(j, io, files).finally(() => files[0]!.growing?.stop());
    await s.downloader.close();

    expect(s.stub.sent.map((m) => m.fileName)).toEqual(['big.bin.001', 'big.bin.002', 'big.bin.003']);
    expect(delivered.sent.method).toBe('sendDocument');
    const whole = createHash('sha256');
    for (const parts of s.uploads.values()) for (const p of parts) whole.update(p);
    expect(whole.digest('hex')).toBe(generatedSha256(size));
    // Each part is freed once Telegram has it: while a part goes out, nothing before it is held
    // (how far the download runs ahead of the upload depends on the machine, not on the bot).
    expect(s.peakDisk()).toBeGreaterThan(part / 2);
    expect(s.heldBehind()).toBeLessThan(part / 4);
  });
});
