import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.js';
import { createJobHandler } from '../../src/jobs/job-handler.js';
import { JobFailure } from '../../src/pipeline/types.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { StorageUnavailableError } from '../../src/storage/types.js';
import { type BotApiDouble, startBotApiDouble } from '../support/bot-api-double.js';
import { TEST_TOKEN } from '../support/spawn-bot.js';

describe('a job that fails while the database is away', () => {
  let api: BotApiDouble | undefined;
  afterEach(async () => {
    await api?.close();
  });

  it('is still recorded as failed once it is back, and the user hears why, once', async () => {
    api = await startBotApiDouble({ token: TEST_TOKEN });
    const dir = mkdtempSync(path.join(tmpdir(), 'handler-'));
    const storage = createSqliteStorage(dir);
    let outage = 2;
    const queue = {
      ...storage.jobs,
      async finish(...args: Parameters<typeof storage.jobs.finish>) {
        if (outage-- > 0) throw new StorageUnavailableError(new Error('Connection terminated'));
        return storage.jobs.finish(...args);
      },
    };
    const link = await storage.links.add(7, 'https://x.example/missing', Date.now());
    const job = (await storage.jobs.enqueue(
      { userId: 7, chatId: 7, linkId: link.id, url: link.url, kind: 'auto', language: 'en' },
      Date.now(),
    ))!;
    const handler = createJobHandler({
      api: new Api(TEST_TOKEN, { apiRoot: api.url }),
      t: createI18n('en').t,
      queue,
      links: storage.links,
      log: pino({ level: 'silent' }),
      tmpDir: dir,
      progressIntervalMs: 1000,
      pipeline: async () => {
        throw new JobFailure('http-status', 'not found', { status: 404 });
      },
      reporters: new Map(),
    });
    await handler(job, new AbortController().signal, () => {});
    expect((await storage.jobs.get(job.id))?.state).toBe('failed');
    expect((await storage.links.recentByUser(7, 0, 1))[0]?.outcome).toBe('failed');
    expect(api.messagesTo(7).filter((m) => /error 404/.test(m.text ?? ''))).toHaveLength(1);
    await storage.close();
  }, 20_000);
});
