import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createPipelines } from '../../src/app/create-pipelines.js';
import { parseConfig } from '../../src/config.js';
import { createHealth } from '../../src/health/health.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { createLifecycle } from '../../src/lifecycle/lifecycle.js';
import type { Source } from '../../src/sources/source.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { type BotApiDouble, startBotApiDouble } from '../support/bot-api-double.js';
import { type ContentServer, startContentServer } from '../support/content-server.js';
import { TEST_TOKEN } from '../support/spawn-bot.js';

/** A new kind of source is one object behind the Source interface and one entry in the list. */
const toySource: Source = {
  name: 'toy',
  accepts: ({ url }) => url.pathname.startsWith('/toy/'),
  async fetch({ dir }) {
    const file = path.join(dir, 'toy.txt');
    writeFileSync(file, 'made by the toy source\n'.repeat(1000));
    return { files: [{ file, filename: 'toy.txt', size: 23_000 }] };
  },
};

describe('sources', () => {
  let api: BotApiDouble | undefined;
  let web: ContentServer | undefined;
  afterEach(async () => {
    await api?.close();
    await web?.close();
  });

  it("delivers a link through a toy source added to the bot's own list, like any other source", async () => {
    api = await startBotApiDouble({ token: TEST_TOKEN });
    // The toy's links live on a page of the content server (the bot asks for a HEAD first).
    web = await startContentServer();
    web.route('/toy/anything', (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end());
    const link = `${web.url}/toy/anything`;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'toy-'));
    const config = parseConfig({
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: api.url,
      DATA_DIR: dataDir,
      PATH: process.env.PATH,
      YTDLP_PATH: '/nonexistent/yt-dlp',
      YTDLP_UPDATE_HOURS: '0',
      NETWORK_ALLOWLIST: '127.0.0.1',
    });
    const storage = createSqliteStorage(dataDir);
    const log = pino({ level: 'silent' });
    const lifecycle = createLifecycle(log);
    const client = new Api(TEST_TOKEN, { apiRoot: api.url });
    const { pipeline } = await createPipelines({
      config,
      storage,
      api: client,
      uploadApi: client,
      t: createI18n('en').t,
      log,
      health: createHealth(),
      lifecycle,
      extraSources: [toySource],
    });
    const job = (await storage.jobs.enqueue(
      {
        userId: 7,
        chatId: 7,
        linkId: null,
        url: link,
        kind: 'auto',
        language: 'en',
      },
      Date.now(),
    ))!;
    const io = {
      signal: new AbortController().signal,
      report: () => {},
      touch: () => {},
      shown: async () => {},
    };
    const delivered = await pipeline(job, io);

    const [msg] = api.messagesTo(7);
    expect(msg?.method).toBe('sendDocument');
    expect(msg?.file?.sha256).toBe(
      createHash('sha256').update('made by the toy source\n'.repeat(1000)).digest('hex'),
    );
    expect(msg?.caption).toContain('toy.txt');
    expect('sent' in delivered && delivered.sent.fileId).toBe(msg?.file?.fileId);
    // Delivery cached it like any file: the same link again is a resend, not a second fetch.
    expect(await storage.fileCache.get(link)).toMatchObject({
      method: 'sendDocument',
    });
    await lifecycle.close();
    await storage.close();
  });
});
