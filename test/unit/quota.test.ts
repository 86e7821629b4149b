import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Bot } from 'grammy';
import type { Chat, Update } from 'grammy/types';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { createAccountFeature } from '../../src/bot/features/account.js';
import { createLinksFeature } from '../../src/bot/features/links.js';
import { i18nMiddleware } from '../../src/bot/i18n-middleware.js';
import { createQuota } from '../../src/bot/quota.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { BOT_INFO } from '../support/bot-info.js';

const HOUR = 3_600_000;
const ANONYMOUS_ADMIN = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };

/** The account and links features as the bot runs them, offline: what the bot says is recorded. */
function offlineBot(linksPerHour: number, clock: () => number) {
  const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'quota-')));
  const i18n = createI18n('en');
  const log = pino({ level: 'silent' });
  const bot = new Bot<BotContext>('1:x', { botInfo: BOT_INFO });
  const said: { chat: number; text: string }[] = [];
  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as { chat_id: number; text?: string };
    if (method === 'sendMessage') said.push({ chat: p.chat_id, text: p.text ?? '' });
    return { ok: true, result: { message_id: said.length, date: 0, chat: { id: p.chat_id } } } as never;
  });
  bot.use(i18nMiddleware(i18n));
  bot.use(
    createAccountFeature({
      log,
      users: storage.users,
      adminIds: [],
      defaultLanguage: 'en',
      forwardToAdmin: false,
    }),
  );
  bot.use(
    createLinksFeature({
      links: storage.links,
      queue: storage.jobs,
      jobs: { wake: () => {}, cancel: async () => 'none' },
      policy: { allowPrivate: false, allowlist: [] },
      admission: createQuota({ links: storage.links, linksPerHour, dailyBytes: 0, clock }),
      clock,
    }).composer,
  );
  let updateId = 0;
  const send = async (
    chat: Chat,
    from: typeof ANONYMOUS_ADMIN | { id: number; is_bot: false; first_name: string },
    text: string,
    senderChat?: Chat,
  ) => {
    const before = said.length;
    await bot.handleUpdate({
      update_id: ++updateId,
      message: {
        message_id: updateId,
        date: 0,
        chat,
        from,
        text,
        ...(senderChat ? { sender_chat: senderChat } : {}),
      },
    } as Update);
    return said.slice(before).map((s) => s.text);
  };
  return { storage, send };
}

describe('who is asking, and their quota', () => {
  it('refuses the 4th link in an hour with a limit of 3, says when to retry, and admits again after the hour', async () => {
    let now = 10 * HOUR;
    const { storage, send } = offlineBot(3, () => now);
    const chat = { id: 5, type: 'private', first_name: 'u' } as Chat;
    const u = { id: 5, is_bot: false as const, first_name: 'u' };
    const link = () => send(chat, u, 'https://x.example/a.bin');
    expect(await link()).toEqual([expect.stringMatching(/In the queue/)]);
    now += 10 * 60_000;
    expect(await link()).toEqual([expect.stringMatching(/In the queue/)]);
    expect(await link()).toEqual([expect.stringMatching(/In the queue/)]);
    const refusal = await link();
    expect(refusal[0]).toMatch(/3 links per hour/);
    // The oldest of the hour's links was 10 min before the refusal: 50 min to wait.
    expect(refusal[0]).toContain('try again in 50:00');
    now += 50 * 60_000 + 1;
    expect(await link()).toEqual([expect.stringMatching(/In the queue/)]);
    expect((await link())[0]).toMatch(/3 links per hour/);
    await storage.close();
  });

  it('judges a message sent as a channel or by an anonymous admin by the chat it speaks for', async () => {
    const { storage, send } = offlineBot(1, () => 10 * HOUR);
    const group = { id: -100123, type: 'supergroup', title: 'Readers' } as Chat;
    const channel = { id: -100999, type: 'channel', title: 'News' } as Chat;
    const dl = (text: string, as: Chat) => send(group, ANONYMOUS_ADMIN, `/dl ${text}`, as);
    // Each sender has a quota of its own (one link an hour here), though Telegram's `from` is
    // the same stand-in for both.
    // Admitted: the first is next in line, so in a group it gets no "queued" message (a quick file
    // is its one answer); the second waits behind it and is told so.
    expect(await dl('https://x.example/1.bin', group)).toEqual([]);
    expect(await dl('https://x.example/2.bin', channel)).toEqual([expect.stringMatching(/In the queue/)]);
    expect((await dl('https://x.example/3.bin', group))[0]).toMatch(/links per hour/);
    expect((await storage.jobs.activeByUser(-100123)).length).toBe(1);
    expect((await storage.jobs.activeByUser(-100999)).length).toBe(1);
    expect(await storage.jobs.activeByUser(ANONYMOUS_ADMIN.id)).toEqual([]);
    // A banned channel is refused; the group's admins are not.
    await storage.users.setBanned(-100999, true);
    expect((await dl('https://x.example/4.bin', channel))[0]).toMatch(/banned|blocked|not allowed/i);
    expect((await storage.jobs.activeByUser(-100999)).length).toBe(1);
    await storage.close();
  });
});
