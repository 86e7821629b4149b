import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Bot } from 'grammy';
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { createLinksFeature } from '../../src/bot/features/links.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import type { JobQueue } from '../../src/storage/types.js';
import { BOT_INFO } from '../support/bot-info.js';
import { asUser, linkUpdate } from '../support/link-updates.js';

const USER = 5;

/**
 * The front's "queued" reply, held up by Telegram until after a worker has moved on: `meanwhile`
 * runs while the reply is being sent, as that worker would.
 */
async function lateReply(meanwhile: (queue: JobQueue, jobId: string) => Promise<void>) {
  const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'queued-reply-')));
  const links = createLinksFeature({
    links: storage.links,
    queue: storage.jobs,
    jobs: { wake: () => {}, cancel: async () => 'none' },
    policy: { allowPrivate: false, allowlist: [] },
  });
  const bot = new Bot<BotContext>('1:x', { botInfo: BOT_INFO });
  const calls: { method: string; messageId?: number }[] = [];
  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as { message_id?: number };
    if (method === 'sendMessage') {
      const [job] = await storage.jobs.activeByUser(USER);
      await meanwhile(storage.jobs, job!.id);
    }
    calls.push({ method, messageId: p.message_id });
    return { ok: true, result: { message_id: 40, date: 0, chat: { id: USER, type: 'private' } } } as never;
  });
  bot.use(asUser, links.composer.middleware());
  await bot.handleUpdate(linkUpdate(USER, 1));
  return { calls, storage };
}

describe("the front's queued reply", () => {
  it('is deleted when it comes after the worker has shown its own message: the user sees one', async () => {
    const { calls, storage } = await lateReply(async (queue, id) => {
      await queue.claimNext({ maxRunning: 1, maxPerUser: 1 }, { owner: 'w', ms: 60_000 }, Date.now());
      await queue.setStatusMessage(id, 900);
    });
    expect(calls).toEqual([
      { method: 'sendMessage', messageId: undefined },
      { method: 'deleteMessage', messageId: 40 },
    ]);
    const [job] = await storage.jobs.activeByUser(USER);
    expect(job?.statusMessageId).toBe(900);
  });

  it('is deleted when the job ended before it arrived: nothing is left saying "queued"', async () => {
    const { calls } = await lateReply(async (queue, id) => {
      await queue.claimNext({ maxRunning: 1, maxPerUser: 1 }, { owner: 'w', ms: 60_000 }, Date.now());
      await queue.finish(id, 'done', Date.now());
    });
    expect(calls).toEqual([
      { method: 'sendMessage', messageId: undefined },
      { method: 'deleteMessage', messageId: 40 },
    ]);
  });

  it("stays, as the job's status message, when it comes in time", async () => {
    const { calls, storage } = await lateReply(async () => {});
    expect(calls).toEqual([{ method: 'sendMessage', messageId: undefined }]);
    const [job] = await storage.jobs.activeByUser(USER);
    expect(job?.statusMessageId).toBe(40);
  });
});
