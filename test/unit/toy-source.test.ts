import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/bot/i18n.js';
import { createBotApiUploader } from '../../src/delivery/bot-api-uploader.js';
import { createDelivery } from '../../src/delivery/delivery-service.js';
import { createHttpDownloader } from '../../src/download/http-download.js';
import { createLinkPipeline } from '../../src/jobs/run-link.js';
import { createHttpSource } from '../../src/sources/http-source.js';
import type { Source } from '../../src/sources/source.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { type BotApiDouble, startBotApiDouble } from '../support/bot-api-double.js';
import { TEST_TOKEN } from '../support/spawn-bot.js';

/** A new kind of source is one object behind the Source interface and one entry in the list. */
const toySource: Source = {
  name: 'toy',
  accepts: ({ url }) => url.hostname === 'toy.invalid',
  async fetch({ dir }) {
    const file = path.join(dir, 'toy.txt');
    writeFileSync(file, 'made by the toy source\n'.repeat(1000));
    return { files: [{ file, filename: 'toy.txt', size: 23_000 }] };
  },
};

describe('sources', () => {
  let api: BotApiDouble | undefined;
  afterEach(async () => {
    await api?.close();
  });

  it('delivers a link through a toy source added to the list, like any other source', async () => {
    api = await startBotApiDouble({ token: TEST_TOKEN });
    const dataDir = mkdtempSync(path.join(tmpdir(), 'toy-'));
    const storage = createSqliteStorage(dataDir);
    const { t } = createI18n('en');
    const client = new Api(TEST_TOKEN, { apiRoot: api.url });
    const downloader = createHttpDownloader({
      policy: { allowPrivate: true, allowlist: [] },
      connectTimeoutMs: 1000,
      idleTimeoutMs: 1000,
      totalTimeoutMs: 5000,
    });
    const delivery = createDelivery({
      api: client,
      t,
      fileCache: storage.fileCache,
      botApiUploader: createBotApiUploader(client),
      tmpDir: path.join(dataDir, 'tmp'),
      maxFileBytes: 50 * 1024 * 1024,
      botApiLimitBytes: 50 * 1024 * 1024,
    });
    const pipeline = createLinkPipeline({
      sources: [toySource, createHttpSource({ downloader, delivery })],
      delivery,
      head: async () => undefined,
      tmpDir: path.join(dataDir, 'tmp'),
      directSendOnly: false,
      offerPdf: false,
      api: client,
      t,
    });
    const job = (await storage.jobs.enqueue(
      {
        userId: 7,
        chatId: 7,
        linkId: null,
        url: 'https://toy.invalid/anything',
        kind: 'auto',
        language: 'en',
      },
      Date.now(),
    ))!;
    const io = { signal: new AbortController().signal, report: () => {}, touch: () => {} };
    const delivered = await pipeline(job, io);

    const [msg] = api.messagesTo(7);
    expect(msg?.method).toBe('sendDocument');
    expect(msg?.file?.sha256).toBe(
      createHash('sha256').update('made by the toy source\n'.repeat(1000)).digest('hex'),
    );
    expect(msg?.caption).toContain('toy.txt');
    expect(delivered.sent.fileId).toBe(msg?.file?.fileId);
    // Delivery cached it like any file: the same link again is a resend, not a second fetch.
    expect(await storage.fileCache.get('https://toy.invalid/anything')).toMatchObject({
      method: 'sendDocument',
    });
    await downloader.close();
    await storage.close();
  });
});
