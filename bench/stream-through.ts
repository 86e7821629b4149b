import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Api } from 'grammy';
import pino from 'pino';
import { createBotApiUploader } from '../src/delivery/bot-api-uploader.js';
import { createDelivery } from '../src/delivery/delivery-service.js';
import { createMtprotoUploader } from '../src/delivery/mtproto-uploader.js';
import { createHttpDownloader } from '../src/download/http-download.js';
import { createI18n } from '../src/i18n/i18n.js';
import { classifyMtprotoError } from '../src/mtproto/classify.js';
import { createMtprotoClientManager } from '../src/mtproto/client-manager.js';
import { uploadParts } from '../src/mtproto/part-uploader.js';
import type { MtprotoSession } from '../src/mtproto/types.js';
import { createHttpSource } from '../src/sources/http-source.js';
import type { JobRecord } from '../src/storage/types.js';
import { startBotApiDouble } from '../test/support/bot-api-double.js';
import { pacer } from '../test/support/pace.js';
import { NODE_FLAGS, startBot, TEST_TOKEN, waitUntil } from '../test/support/spawn-bot.js';
import { createStubSession } from '../test/support/stub-mtproto.js';
import { mib, rssOf, startContentProcess } from './support.js';

const run = promisify(execFile);
const MiB = 1024 ** 2;
const SIZE = 200 * MiB;
const RATE = Number(process.env.STREAM_RATE_MIBS ?? 20) * MiB;

const seconds = (t0: number) => (performance.now() - t0) / 1000;

/**
 * Upload while downloading, through the real bot: a 200 MiB file from a source paced at R, to
 * the Bot API double reading uploads at R. References in the same run: curl downloading it
 * alone, curl uploading it alone, and the bot's own sequential path (no Content-Length).
 */
async function botApiCase(webUrl: string, dir: string) {
  const api = await startBotApiDouble({
    token: TEST_TOKEN,
    uploadLimitBytes: 3 * 1024 * MiB,
    uploadBytesPerSecond: RATE,
  });
  const source = `${webUrl}/gen?size=${SIZE}&rate=${RATE}&name=big.bin`;
  const file = path.join(dir, 'big.bin');
  let t0 = performance.now();
  await run('curl', ['-sf', '-o', file, source]);
  const download = seconds(t0);
  t0 = performance.now();
  await run('curl', [
    '-sf',
    '-o',
    '/dev/null',
    '-F',
    'chat_id=1',
    '-F',
    `document=@${file}`,
    `${api.url}/bot${TEST_TOKEN}/sendDocument`,
  ]);
  const upload = seconds(t0);
  rmSync(file);

  const bot = await startBot({
    apiRoot: api.url,
    name: 'bench-stream',
    env: {
      LOG_LEVEL: 'info',
      BOT_API_UPLOAD_LIMIT_MB: '2000',
      MAX_FILE_SIZE_MB: '2000',
      PROGRESS_INTERVAL_SECONDS: '1',
    },
  });
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssOf(bot.proc.pid!).rss);
  }, 50);
  const through = async (id: number, url: string) => {
    const u = { id, first_name: 'bench', language_code: 'en' };
    const start = performance.now();
    api.sendText(u, url);
    await waitUntil(() => api.messagesTo(u.id).some((m) => m.file), 600_000, 'delivery');
    return seconds(start);
  };
  const streamed = await through(71, source);
  const sequential = await through(72, `${source}&nolength=1`);
  clearInterval(sampler);
  peak = Math.max(peak, rssOf(bot.proc.pid!).hwm);
  await bot.stop();
  await api.close();
  return { download, upload, streamed, sequential, peakRss: peak };
}

/** A stub MTProto session that takes part bytes no faster than `rate`, several parts in flight. */
function pacedSession(rate: number): MtprotoSession {
  const stub = createStubSession();
  stub.parts.set = function (this: Map<number, Buffer>) {
    return this; // keep nothing: memory must stay flat
  };
  const wait = pacer(() => rate);
  const save = stub.session.saveBigFilePart.bind(stub.session);
  stub.session.saveBigFilePart = async (p, signal) => {
    await new Promise((r) => setTimeout(r, wait(p.bytes.length)));
    await save(p, signal);
  };
  return stub.session;
}

/**
 * The same above the Bot API limit: the http source and delivery, MTProto to the stub, in a
 * child process with `npm start`'s node flags (so its peak RSS compares with the bot's).
 */
async function mtprotoCase(webUrl: string, dir: string) {
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, '--import', 'tsx', import.meta.filename, '--mtproto', webUrl, dir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d;
  });
  await new Promise((resolve) => child.on('close', resolve));
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Awaited<ReturnType<typeof measureMtproto>>;
}

async function measureMtproto(webUrl: string, dir: string) {
  const log = pino({ level: 'silent' });
  const downloader = createHttpDownloader({
    policy: { allowPrivate: true, allowlist: [] },
    connectTimeoutMs: 5000,
    idleTimeoutMs: 30_000,
    totalTimeoutMs: 600_000,
  });
  const source = `${webUrl}/gen?size=${SIZE}&rate=${RATE}&name=big.bin`;
  const file = path.join(dir, 'alone.bin');
  let t0 = performance.now();
  await downloader.download({ url: source, file, maxBytes: 2 * SIZE, signal: new AbortController().signal });
  const download = seconds(t0);
  t0 = performance.now();
  await uploadParts({
    session: pacedSession(RATE),
    file,
    size: SIZE,
    inFlight: 4,
    signal: new AbortController().signal,
    classify: classifyMtprotoError,
  });
  const upload = seconds(t0);
  rmSync(file);

  const noApi = new Api('1:x', { apiRoot: 'http://127.0.0.1:9' });
  const delivery = createDelivery({
    api: noApi,
    fileCache: {
      get: async () => undefined,
      put: async () => {},
      delete: async () => {},
      prune: async () => 0,
    },
    t: createI18n('en').t,
    botApiUploader: createBotApiUploader(noApi),
    largeUploader: createMtprotoUploader({
      manager: createMtprotoClientManager({
        connect: async () => pacedSession(RATE),
        connectTimeoutMs: 1000,
        log,
      }),
      inFlight: 4,
      classify: classifyMtprotoError,
    }),
    botApiLimitBytes: 50 * MiB,
    maxFileBytes: 2000 * MiB,
    tmpDir: dir,
  });
  const http = createHttpSource({ downloader, delivery });
  const job = { id: 'bench', chatId: 1, url: source, kind: 'auto', options: {}, language: 'en' } as JobRecord;
  const io = {
    signal: new AbortController().signal,
    report: () => {},
    touch: () => {},
    shown: async () => {},
  };
  const jobDir = path.join(dir, 'job-bench');
  await mkdir(jobDir);
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  t0 = performance.now();
  const outcome = await http.fetch(
    { job, url: new URL(source), head: undefined, dir: jobDir, maxBytes: 2000 * MiB },
    io,
  );
  if (!outcome || !('files' in outcome)) throw new Error('the http source found nothing');
  await delivery.deliver(job, io, outcome.files);
  const streamed = seconds(t0);
  clearInterval(sampler);
  await downloader.close();
  return { download, upload, streamed, before: before / MiB, peak: peak / MiB };
}

function report(name: string, r: { download: number; upload: number; streamed: number }) {
  const oneAfterOther = r.download + r.upload;
  const slower = Math.max(r.download, r.upload);
  console.log(
    `${name}: download alone ${r.download.toFixed(1)} s, upload alone ${r.upload.toFixed(1)} s; ` +
      `upload while downloading ${r.streamed.toFixed(1)} s = ${(r.streamed / oneAfterOther).toFixed(2)}x of one after the other ` +
      `(goal <= 0.6), ${(r.streamed / slower).toFixed(2)}x of the slower side (goal <= 1.1)`,
  );
}

export async function benchStreamThrough() {
  const web = await startContentProcess();
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-stream-'));
  try {
    console.log(`a ${SIZE / MiB} MiB file, source and upload each paced at ${RATE / MiB} MiB/s`);
    const bot = await botApiCase(web.url, dir);
    report('Bot API (the bot process, against curl)', bot);
    console.log(
      `  the bot's sequential path (no Content-Length) ${bot.sequential.toFixed(1)} s; bot peak RSS ${mib(bot.peakRss)} (goal < 120 MB)`,
    );
    const mt = await mtprotoCase(web.url, dir);
    report('MTProto (this process, stub session)', mt);
    console.log(
      `  RSS of that process (npm start's node flags, plus tsx) ${mib(mt.before)} before, ${mib(mt.peak)} at most while streaming: +${mib(mt.peak - mt.before)}`,
    );
    return { bot, mtproto: mt };
  } finally {
    web.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--mtproto')
    console.log(JSON.stringify(await measureMtproto(process.argv[3]!, process.argv[4]!)));
  else await benchStreamThrough();
}
