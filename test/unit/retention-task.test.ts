import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/i18n/format.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { createRetentionTask } from '../../src/retention/retention-task.js';
import { splitMessage } from '../../src/retention/split-message.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { type BotApiDouble, startBotApiDouble } from '../support/bot-api-double.js';
import { TEST_TOKEN } from '../support/spawn-bot.js';

const DAY = 86_400_000;
const ADMIN = 9001;

/** Retention on a clock the test moves: a day passes in a line, nobody sleeps. */
describe('link retention on an injected clock', () => {
  let api: BotApiDouble | undefined;
  afterEach(async () => {
    await api?.close();
  });

  it('warns once inside the window, deletes after 30 days, and says "already deleted" after downtime', async () => {
    api = await startBotApiDouble({ token: TEST_TOKEN });
    const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'retention-')));
    let now = 100 * DAY;
    const task = createRetentionTask({
      links: storage.links,
      users: storage.users,
      api: new Api(TEST_TOKEN, { apiRoot: api.url }),
      t: createI18n('en').t,
      adminIds: [ADMIN],
      language: 'en',
      retentionMs: 30 * DAY,
      warningMs: DAY,
      log: pino({ level: 'silent' }),
      clock: () => now,
    });
    const warnings = () => api!.messagesTo(ADMIN).map((m) => m.text ?? '');
    await storage.users.touch({ id: 7, firstName: 'Sara' }, now);
    await storage.links.add(7, 'https://a.example/kept-then-warned', now);
    await storage.links.add(7, 'https://b.example/missed-window', now - 40 * DAY);

    await task();
    // The 40-day-old link was never announced (the bot was down all its window): it is deleted,
    // and the admin hears that it already was.
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('b.example/missed-window');
    expect(warnings()[0]).toMatch(/already deleted/);
    expect(await storage.links.countByUser(7)).toBe(1);

    now += 28 * DAY; // day 28: not yet in the window
    await task();
    expect(warnings()).toHaveLength(1);

    now += 1.5 * DAY; // day 29.5: in the last day before deletion
    await task();
    await task();
    expect(warnings()).toHaveLength(2);
    expect(warnings()[1]).toContain('a.example/kept-then-warned');

    now += DAY; // day 30.5: deleted, not announced again
    await task();
    expect(warnings()).toHaveLength(2);
    expect(await storage.links.countByUser(7)).toBe(0);
    await storage.close();
  });

  it('deletes expired links whatever the messages do: an admin who blocked the bot, a 4,000-character URL', async () => {
    api = await startBotApiDouble({ token: TEST_TOKEN });
    const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'retention-')));
    const now = 100 * DAY;
    const BLOCKED = 9002;
    const task = createRetentionTask({
      links: storage.links,
      users: storage.users,
      api: new Api(TEST_TOKEN, { apiRoot: api.url }),
      t: createI18n('en').t,
      adminIds: [BLOCKED, ADMIN],
      language: 'en',
      retentionMs: 30 * DAY,
      warningMs: DAY,
      log: pino({ level: 'silent' }),
      clock: () => now,
    });
    api.block(BLOCKED);
    const long = `https://c.example/${'x'.repeat(4000)}?a=<b>&c=d`;
    await storage.links.add(8, long, now - 40 * DAY);
    await storage.links.add(8, 'https://d.example/short', now - 40 * DAY);
    await task();
    expect(await storage.links.countByUser(8)).toBe(0);
    const warning = api.messagesTo(ADMIN).map((m) => m.text ?? '');
    expect(warning).toHaveLength(1);
    expect(warning[0]).toContain('https://c.example/xxx');
    expect(warning[0]).toContain('…');
    expect(warning[0]).toContain('d.example/short');
    await storage.close();
  });

  it('splits any text into parts Telegram accepts: within the limit, no tag left open or cut', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 300 }).map(escapeHtml),
      fc
        .tuple(fc.integer({ min: 0, max: 3000 }), fc.constantFrom('y', '&amp;', 'a b', '&lt;'))
        .map(([n, unit]) => `<code>${unit.repeat(n)}</code>`),
      fc.string({ maxLength: 200 }).map((s) => `<b>${escapeHtml(s)}</b> ${escapeHtml(s)}`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.integer({ min: 64, max: 4096 }), (lines, limit) => {
        for (const part of splitMessage(lines.join('\n'), limit)) {
          expect(part.length).toBeLessThanOrEqual(limit);
          const tags = part.match(/<\/?[a-z]+>/g) ?? [];
          const open: string[] = [];
          for (const t of tags) {
            if (!t.startsWith('</')) open.push(t);
            else expect(`<${open.pop()?.slice(1)}`).toBe(t.replace('/', ''));
          }
          expect(open).toEqual([]);
          expect(part.replace(/<[^>]+>/g, '')).not.toMatch(/&[a-z#0-9]*$/i);
        }
      }),
      { numRuns: 200 },
    );
  });
});
