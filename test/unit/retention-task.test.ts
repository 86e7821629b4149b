import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/bot/i18n.js';
import { createRetentionTask } from '../../src/retention/retention-task.js';
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
});
