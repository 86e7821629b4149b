import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Bot } from 'grammy';
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { createLinksFeature } from '../../src/bot/features/links.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { BOT_INFO } from '../support/bot-info.js';
import { asUser, linkUpdate } from '../support/link-updates.js';

/**
 * A database behind a pool, as PostgreSQL is: each call waits its turn behind every call made
 * before it, and the order of events is written down.
 */
function pooled<T extends object>(
  repo: T,
  name: string,
  events: string[],
  turn: { chain: Promise<unknown> },
): T {
  return new Proxy(repo, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = turn.chain.then(async () => {
          await new Promise((r) => setImmediate(r));
          events.push(`${name}.${String(key)}:${args[0]}`);
          return value.apply(target, args);
        });
        turn.chain = result.catch(() => {});
        return result;
      };
    },
  });
}

describe('a burst of links at the front', () => {
  it("answers the first users before the last links are stored, not everyone at the burst's end", async () => {
    const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'link-burst-')));
    const events: string[] = [];
    const turn = { chain: Promise.resolve() as Promise<unknown> };
    const links = createLinksFeature({
      links: pooled(storage.links, 'links', events, turn),
      queue: pooled(storage.jobs, 'jobs', events, turn),
      jobs: { wake: () => {}, cancel: async () => 'none' },
      policy: { allowPrivate: false, allowlist: [] },
    });
    const bot = new Bot<BotContext>('1:x', { botInfo: BOT_INFO });
    bot.api.config.use(async (_prev, method, payload) => {
      const chat = (payload as { chat_id: number }).chat_id;
      events.push(`${method}:${chat}`);
      return {
        ok: true,
        result: { message_id: chat, date: 0, chat: { id: chat, type: 'private' } },
      } as never;
    });
    bot.use(asUser, links.composer.middleware());
    const users = Array.from({ length: 20 }, (_, i) => 100 + i);
    await Promise.all(
      users.map((id) => bot.handleUpdate(linkUpdate(id, id, `https://example.com/${id}.bin`))),
    );
    const replies = events.filter((e) => e.startsWith('sendMessage:'));
    expect(replies).toHaveLength(20);
    expect(events.indexOf('sendMessage:100')).toBeLessThan(events.indexOf('links.add:119'));
    // Every link still gets its own job and its reply.
    expect(new Set(replies)).toEqual(new Set(users.map((id) => `sendMessage:${id}`)));
  });
});
