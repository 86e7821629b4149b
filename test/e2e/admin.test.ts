import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

const ADMIN = 9101;
const admin = user(ADMIN);
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('admin panel, bans, broadcast, quotas and import', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.close());

  it('navigates the admin panel by callbacks and refuses non-admins with no data', async () => {
    await h.start({ ADMIN_IDS: String(ADMIN) }, 'admin-panel');
    const someone = user(4001);
    h.api.sendText(someone, '/start');
    await h.waitForText(someone.id, /Hello/);
    h.api.sendText(admin, '/admin');
    const panel = await h.waitForText(ADMIN, /Admin panel/);
    h.api.clickButton(admin, panel, 'a:u:0');
    await waitUntil(() => /Users \(2\)/.test(panel.text ?? ''), 10_000, 'users page');
    expect(panel.text).toContain('User4001');
    h.api.clickButton(admin, panel, 'a:m');
    await waitUntil(() => /Admin panel/.test(panel.text ?? ''), 10_000, 'back');
    h.api.clickButton(admin, panel, 'a:s');
    await waitUntil(() => /Users: 2/.test(panel.text ?? ''), 10_000, 'stats');
    expect(panel.text).toMatch(/Uptime/);

    for (const cmd of ['/admin', '/stats', '/check 9101', '/ban 9101', '/broadcast hi'])
      h.api.sendText(someone, cmd);
    await waitUntil(
      () =>
        h.api.messagesTo(someone.id).filter((m) => /for the bot's admins only/.test(m.text ?? '')).length ===
        5,
      10_000,
      'refusals',
    );
    expect(h.api.messagesTo(someone.id).some((m) => /User9101|Users:/.test(m.text ?? ''))).toBe(false);
  });

  it('/stats sends the 24-hour chart as a picture above the numbers', async () => {
    await h.start({ ADMIN_IDS: String(ADMIN) }, 'admin-stats-chart');
    const u = user(4003);
    h.api.sendText(u, `${h.web.url}/gen?size=1000&name=s.bin`);
    await h.waitForFile(u.id);
    h.api.sendText(u, `${h.web.url}/missing`);
    await h.waitForText(u.id, /error 404/);
    h.api.sendText(admin, '/stats');
    const numbers = await h.waitForText(ADMIN, /Users: 2/);
    const [photo] = h.api.messagesTo(ADMIN).filter((m) => m.method === 'sendPhoto');
    expect(photo).toBeDefined();
    expect(photo!.message_id).toBeLessThan(numbers.message_id);
    // The PNG decodes (ffprobe reads it) and has the chart's size.
    const dims = execFileSync('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'stream=codec_name,width,height',
      '-of',
      'csv=p=0',
      photo!.file!.path,
    ])
      .toString()
      .trim();
    expect(dims).toBe('png,800,400');
  });

  it('a banned user gets one notice and is then ignored; unban restores them', async () => {
    await h.start({ ADMIN_IDS: String(ADMIN) }, 'admin-ban');
    const bad = user(4002);
    h.api.sendText(bad, '/start');
    await h.waitForText(bad.id, /Hello/);
    h.api.sendText(admin, `/ban ${bad.id}`);
    await h.waitForText(ADMIN, /User 4002 is banned/);
    const updates = [0, 1, 2].map(() => h.api.sendText(bad, '/start'));
    await h.bot!.handled(updates);
    expect(h.api.messagesTo(bad.id).map((m) => m.text)).toEqual([
      expect.stringMatching(/Hello/),
      expect.stringMatching(/blocked from using this bot/),
    ]);
    h.api.sendText(admin, `/unban ${bad.id}`);
    await h.waitForText(ADMIN, /is unbanned/);
    h.api.sendText(bad, '/help');
    await h.waitForText(bad.id, /How to use Pishtaz/);
  });

  it('broadcasts to 100 users within the send limits and reports the counts', async () => {
    await h.start({ ADMIN_IDS: String(ADMIN) }, 'admin-broadcast');
    const users = Array.from({ length: 99 }, (_, i) => user(5000 + i));
    for (const u of users) h.api.sendText(u, '/start');
    await waitUntil(() => users.every((u) => h.api.messagesTo(u.id).length === 1), 30_000, 'all started');
    for (const u of users.slice(0, 5)) h.api.block(u.id);
    h.api.sendText(admin, '/broadcast News: the bot is faster now');
    const report = await h.waitForText(ADMIN, /Broadcast finished/, 40_000);
    expect(report.text).toContain('95 delivered, 0 failed, 5 blocked');
    const sends = h.api.calls.filter(
      (c) => c.method === 'sendMessage' && c.params.text === 'News: the bot is faster now',
    );
    // One attempt per user: the 99 users and the admin.
    expect(sends.length).toBe(100);
    const perSecond = new Map<number, number>();
    for (const c of sends)
      perSecond.set(Math.floor(c.at / 1000), (perSecond.get(Math.floor(c.at / 1000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(31);
  });

  it('refuses the 6th link in an hour with a limit of 5, saying when to retry; admins are exempt', async () => {
    await h.start({ ADMIN_IDS: String(ADMIN), USER_LINKS_PER_HOUR: '5' }, 'quota');
    const u = user(4003);
    for (let i = 0; i < 5; i++) {
      h.api.sendText(u, `${h.web.url}/gen?size=100&name=q${i}.txt`);
      await waitUntil(() => h.files(u.id).length === i + 1, 10_000, `delivery ${i}`);
    }
    h.api.sendText(u, `${h.web.url}/gen?size=100&name=q6.txt`);
    const refusal = await h.waitForText(u.id, /5 links per hour/);
    expect(refusal.text).toMatch(/try again in (59|60|1:00):\d\d/);
    for (let i = 0; i < 6; i++) h.api.sendText(admin, `${h.web.url}/gen?size=100&name=a${i}.txt`);
    await waitUntil(() => h.files(ADMIN).length === 6, 20_000, 'admin deliveries');
  });

  it('imports the original bot log, reporting bad lines, and adds nothing twice', async () => {
    const bot = await h.start({ ADMIN_IDS: String(ADMIN) }, 'import');
    const run = () =>
      execFileSync(
        'node',
        [path.join(ROOT, 'dist/cli/import-links.js'), path.join(ROOT, 'test/fixtures/original-links.txt')],
        {
          env: { PATH: process.env.PATH, DATA_DIR: bot.dataDir },
          encoding: 'utf8',
        },
      );
    const first = run();
    expect(first).toContain('imported 4, already present 0, bad lines 4');
    expect(first).toMatch(/line 4: user_id/);
    const second = run();
    expect(second).toContain('imported 0, already present 4, bad lines 4');
    h.api.sendText(admin, '/check 222');
    const check = await h.waitForText(ADMIN, /Last links of user 222/);
    expect(check.text).toContain('https://example.org/file|with|pipes');
  });
});
