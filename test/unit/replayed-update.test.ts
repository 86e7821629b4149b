import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Bot } from 'grammy';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { createLinksFeature } from '../../src/bot/features/links.js';
import { holdWhileStorageDown } from '../../src/bot/hold-while-storage-down.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { StorageUnavailableError } from '../../src/storage/types.js';
import { BOT_INFO } from '../support/bot-info.js';

describe('an update run again after a database outage', () => {
  it('makes one link and one job: the user gets one file', async () => {
    const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'replay-')));
    // The database goes away right after the job was queued, before its status message is
    // recorded: the update is held, then run again from the start.
    let outages = 1;
    const jobs = {
      ...storage.jobs,
      async setStatusMessage(id: string, messageId: number) {
        if (outages-- > 0) throw new StorageUnavailableError(new Error('server closed the connection'));
        return storage.jobs.setStatusMessage(id, messageId);
      },
    };
    const links = createLinksFeature({
      links: storage.links,
      queue: jobs,
      jobs: { wake: () => {}, cancel: async () => 'none' },
      policy: { allowPrivate: false, allowlist: [] },
    });
    const bot = new Bot<BotContext>('1:x', { botInfo: BOT_INFO });
    const calls: string[] = [];
    bot.api.config.use(async (_prev, method) => {
      calls.push(method);
      return {
        ok: true,
        result: { message_id: calls.length, date: 0, chat: { id: 5, type: 'private' } },
      } as never;
    });
    bot.use(
      holdWhileStorageDown(
        async (ctx, next) => {
          Object.assign(ctx, {
            lang: 'en',
            isAdmin: false,
            account: { id: 5, settings: {} },
            t: (k: string) => k,
            log: pino({ level: 'silent' }),
          });
          await links.composer.middleware()(ctx, next);
        },
        { log: pino({ level: 'silent' }), storageAnswers: async () => true, retryMs: 1 },
      ),
    );
    await bot.handleUpdate({
      update_id: 4242,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 5, type: 'private', first_name: 'u' },
        from: { id: 5, is_bot: false, first_name: 'u' },
        text: 'https://example.com/file.bin',
      },
    });
    expect(outages).toBe(-1);
    expect((await storage.jobs.activeByUser(5)).length).toBe(1);
    expect(await storage.links.countByUser(5)).toBe(1);
    await storage.close();
  });
});
