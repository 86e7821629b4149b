import { Bot } from 'grammy';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import { BOT_INFO } from '../support/bot-info.js';

const silent = pino({ level: 'silent' });

describe('scheduler', () => {
  it('keeps a task that always throws on schedule while the bot keeps answering', async () => {
    const scheduler = createScheduler(silent);
    let runs = 0;
    scheduler.add('always-throws', 50, () => {
      runs++;
      throw new Error('boom');
    });
    const bot = new Bot('1:x', {
      botInfo: BOT_INFO,
    });
    const sent: string[] = [];
    bot.api.config.use(async (_prev, method, payload) => {
      sent.push(`${method}:${(payload as { text?: string }).text}`);
      return { ok: true, result: true as never };
    });
    bot.on('message', (ctx) => ctx.reply('pong'));
    for (let i = 0; i < 5; i++) {
      await bot.handleUpdate({
        update_id: i,
        message: { message_id: i, date: 0, chat: { id: 1, type: 'private', first_name: 'a' }, text: 'ping' },
      } as never);
      await new Promise((r) => setTimeout(r, 60));
    }
    await new Promise((r) => setTimeout(r, 200));
    await scheduler.stop();
    expect(sent).toHaveLength(5);
    expect(runs).toBeGreaterThanOrEqual(5);
    expect(scheduler.stats()['always-throws']).toMatchObject({ failures: runs, lastError: 'boom' });
  });

  it('runs a task with an interval beyond a timer’s range once, not in a loop (YTDLP_UPDATE_HOURS=1000)', async () => {
    const scheduler = createScheduler(silent);
    let runs = 0;
    scheduler.add('rare', 1000 * 3600_000, () => {
      runs++;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await scheduler.stop();
    expect(runs).toBe(1);
  });

  it('never overlaps a slow task with itself', async () => {
    const scheduler = createScheduler(silent);
    let active = 0;
    let maxActive = 0;
    scheduler.add('slow', 10, async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 50));
      active--;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(await scheduler.runNow('slow')).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    await scheduler.stop();
    expect(maxActive).toBe(1);
  });
});
