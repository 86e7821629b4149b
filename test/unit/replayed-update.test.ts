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
import { type JobQueue, StorageUnavailableError } from '../../src/storage/types.js';
import { BOT_INFO } from '../support/bot-info.js';
import { asUser, groupLinkUpdate, linkUpdate } from '../support/link-updates.js';

const USER = 5;
const GROUP = -100;

/**
 * A link whose "queued" answer went out but whose recording met a database outage: the update is
 * held and run again once the database answers (as in the bot). `outage` says whether the record
 * was lost or made before the error reached the front; `meanwhile` runs during the outage.
 */
async function replayedLink(
  outage: 'lost' | 'made',
  meanwhile: (queue: JobQueue, jobId: string) => Promise<void> = async () => {},
  opts: { inGroupBehind?: boolean } = {},
) {
  const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'replayed-link-')));
  // Another user's job ahead in the queue, so that the link's first answer names a place.
  if (opts.inGroupBehind)
    await storage.jobs.enqueue(
      {
        userId: 6,
        chatId: GROUP,
        linkId: null,
        url: 'https://example.com/a',
        kind: 'auto',
        language: 'en',
        options: {},
      },
      Date.now(),
    );
  let failures = 1;
  const queue: JobQueue = {
    ...storage.jobs,
    async setStatusMessage(id, messageId) {
      if (failures-- <= 0) return storage.jobs.setStatusMessage(id, messageId);
      if (outage === 'made') await storage.jobs.setStatusMessage(id, messageId);
      const [job] = await storage.jobs.activeByUser(USER);
      await meanwhile(storage.jobs, job!.id);
      throw new StorageUnavailableError(new Error('connection terminated'));
    },
  };
  const feature = createLinksFeature({
    links: storage.links,
    queue,
    jobs: { wake: () => {}, cancel: async () => 'none' },
    policy: { allowPrivate: false, allowlist: [] },
  });
  const bot = new Bot<BotContext>('1:x', { botInfo: BOT_INFO });
  const calls: { method: string; messageId?: number }[] = [];
  let nextMessageId = 40;
  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as { message_id?: number };
    calls.push({ method, messageId: p.message_id });
    const result = { message_id: nextMessageId++, date: 0, chat: { id: USER, type: 'private' } };
    return { ok: true, result: method === 'sendMessage' ? result : true } as never;
  });
  bot.use(asUser);
  bot.use(
    holdWhileStorageDown(feature.composer.middleware(), {
      log: pino({ level: 'silent' }),
      storageAnswers: async () => true,
      retryMs: 0,
    }),
  );
  await bot.handleUpdate(opts.inGroupBehind ? groupLinkUpdate(USER, GROUP, 1) : linkUpdate(USER, 1));
  const jobs = await storage.jobs.activeByUser(USER);
  const links = await storage.links.countByUser(USER);
  await storage.close();
  return { calls, jobs, links, failures };
}

describe('an update run again after a database outage', () => {
  it('makes one link and one job: the user gets one file', async () => {
    const { jobs, links, failures } = await replayedLink('lost');
    expect(failures).toBe(-1);
    expect(jobs).toHaveLength(1);
    expect(links).toBe(1);
  });

  it('keeps the answer already sent as its status message when the record was lost: no second "queued"', async () => {
    const { calls, jobs } = await replayedLink('lost');
    expect(calls).toEqual([{ method: 'sendMessage', messageId: undefined }]);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.statusMessageId).toBe(40);
  });

  it('sends nothing more when the record was made before the outage reached the front', async () => {
    const { calls, jobs } = await replayedLink('made');
    expect(calls).toEqual([{ method: 'sendMessage', messageId: undefined }]);
    expect(jobs[0]?.statusMessageId).toBe(40);
  });

  it("removes the answer when the worker has shown its own message meanwhile: the user sees the worker's", async () => {
    const { calls, jobs } = await replayedLink('lost', async (queue, id) => {
      await queue.claimNext({ maxRunning: 1, maxPerUser: 1 }, { owner: 'w', ms: 60_000 }, Date.now());
      await queue.setStatusMessage(id, 900);
    });
    expect(calls).toEqual([
      { method: 'sendMessage', messageId: undefined },
      { method: 'deleteMessage', messageId: 40 },
    ]);
    expect(jobs[0]?.statusMessageId).toBe(900);
  });

  it('keeps the answer in a group too, when the job ahead has started meanwhile and it would now stay quiet', async () => {
    const { calls, jobs } = await replayedLink(
      'lost',
      async (queue) => {
        await queue.claimNext({ maxRunning: 1, maxPerUser: 1 }, { owner: 'w', ms: 60_000 }, Date.now());
      },
      { inGroupBehind: true },
    );
    expect(calls).toEqual([{ method: 'sendMessage', messageId: undefined }]);
    expect(jobs[0]?.statusMessageId).toBe(40);
  });
});
