import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

const ADMIN = 9001;
const admin = user(ADMIN);
// Links live 12 s; admins are warned in the last 7 s (from 5 s after a link, time enough to
// deliver it first on a loaded machine); the task runs every 0.6 s.
const RETENTION = {
  ADMIN_IDS: String(ADMIN),
  LINK_RETENTION_DAYS: String(12 / 86_400),
  LINK_WARNING_HOURS: String(7 / 3600),
  RETENTION_CHECK_MINUTES: '0.01',
  DEFAULT_LANGUAGE: 'en',
};
const warnings = (h: Harness) =>
  h.api.messagesTo(ADMIN).filter((m) => /Links due for deletion/.test(m.text ?? ''));

describe('link history and retention', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.close());

  it('announces a link once in its window (also across a restart), then deletes it', async () => {
    const a = await h.start(RETENTION, 'retention-a');
    const u = user(3001);
    h.api.sendText(u, `${h.web.url}/gen?size=1000&name=a.txt`);
    await h.waitForFile(u.id);
    expect(warnings(h)).toHaveLength(0);
    await waitUntil(() => warnings(h).length === 1, 20_000, 'the warning');
    expect(warnings(h)[0]!.text).toContain('/gen?size=1000&name=a.txt');
    expect(warnings(h)[0]!.params.text).toContain('/gen?size=1000&amp;name=a.txt');
    await a.stop();
    const b = await h.start(RETENTION, 'retention-b', a.dataDir);
    // The restarted bot runs the task many times until the link expires: no second warning.
    await b.waitForLog(/expired links deleted/, 30_000);
    expect(warnings(h)).toHaveLength(1);
    // After expiry /check no longer lists it.
    h.api.sendText(admin, `/check ${u.id}`);
    await h.waitForText(ADMIN, /No links for user 3001/);
    expect(warnings(h)).toHaveLength(1);
  });

  it('says the link was deleted when the bot was down for the whole warning window', async () => {
    // Links live 6 s here, warned in the last 3 s; the first bot checks only at its start.
    const short = {
      ...RETENTION,
      LINK_RETENTION_DAYS: String(6 / 86_400),
      LINK_WARNING_HOURS: String(3 / 3600),
    };
    const a = await h.start({ ...short, RETENTION_CHECK_MINUTES: '60' }, 'down-a');
    const u = user(3002);
    const sentAt = Date.now();
    h.api.sendText(u, `${h.web.url}/gen?size=1000&name=b.txt`);
    await h.waitForFile(u.id);
    await a.stop();
    // Down until the link is past its deletion time (recorded after sentAt, so 6 s after it at most).
    await waitUntil(() => Date.now() > sentAt + 6500, 10_000, 'the link to pass its retention');
    await h.start(short, 'down-b', a.dataDir);
    const w = await waitUntil(() => warnings(h)[0], 10_000, 'announcement');
    expect(w.text).toMatch(/already deleted/);
  });

  it('survives a retention run whose warning fails and sends it at the next tick', async () => {
    let failing = true;
    h.api.faults = (method, params) =>
      failing && method === 'sendMessage' && params.chat_id === ADMIN
        ? { type: 'error', code: 400, description: 'Bad Request: chat not found' }
        : undefined;
    await h.start({ ...RETENTION, LINK_WARNING_HOURS: String(12 / 3600) }, 'retention-throws');
    const u = user(3003);
    h.api.sendText(u, `${h.web.url}/gen?size=1000&name=c.txt`);
    await h.waitForFile(u.id);
    await h.bot!.waitForLog(/retention warning not delivered/);
    h.api.sendText(u, '/start');
    await h.waitForText(u.id, /Hello User3003/);
    failing = false;
    await waitUntil(() => warnings(h).length === 1, 10_000, 'warning after recovery');
  });

  it('lists 30 of 45 expiring links and "and 15 more", with HTML escaped', async () => {
    // The links are recorded by a bot that checks only at its start; a second one, started once
    // all 45 are due (8 s after each) and before the first expires (20 s), sees them in one check.
    // (With one bot the first check after the first link came due saw only the links recorded
    // within its 0.6 s tick: on a loaded machine, just the first.)
    const env = {
      ...RETENTION,
      LINK_RETENTION_DAYS: String(20 / 86_400),
      LINK_WARNING_HOURS: String(12 / 3600),
      ALLOW_PRIVATE_NETWORK: 'false',
    };
    const a = await h.start({ ...env, RETENTION_CHECK_MINUTES: '60' }, 'retention-45-a');
    const u = user(3004);
    h.api.sendText(u, 'http://10.9.9.9/<b>bold</b>');
    await h.waitForText(u.id, /private or local network/);
    for (let i = 0; i < 44; i++) h.api.sendText(u, `http://10.0.0.${i}/x`);
    await waitUntil(() => h.api.messagesTo(u.id).length >= 45, 20_000, 'the 45 refusals');
    const lastAt = Date.now();
    await a.stop();
    await waitUntil(() => Date.now() > lastAt + 8500, 15_000, 'every link due');
    expect(warnings(h)).toHaveLength(0);
    await h.start(env, 'retention-45-b', a.dataDir);
    const w = await waitUntil(() => warnings(h)[0], 20_000, 'warning');
    expect(warnings(h)).toHaveLength(1);
    expect(w.params.parse_mode).toBe('HTML');
    expect((w.text!.match(/^\d+\. /gm) ?? []).length).toBe(30);
    expect(w.text).toContain('and 15 more');
    expect(w.text).toContain('http://10.9.9.9/<b>bold</b>');
    expect(w.params.text).toContain('http://10.9.9.9/&lt;b&gt;bold&lt;/b&gt;');
  });

  it('shows a user their history with outcome and deletion date, paginated', async () => {
    await h.start({ ALLOW_PRIVATE_NETWORK: 'false' }, 'history');
    const u = user(3005);
    for (let i = 0; i < 7; i++) h.api.sendText(u, `http://192.168.1.${i}/f`);
    await waitUntil(() => h.api.messagesTo(u.id).length >= 7, 10_000, 'refusals');
    h.api.sendText(u, '/history');
    const list = await h.waitForText(u.id, /Your links \(7\)/);
    expect(list.text).toContain('refused');
    expect(list.text).toContain('removed');
    h.api.clickButton(u, list, 'h:1');
    await waitUntil(
      () => /192\.168\.1\.1\//.test(h.api.messagesTo(u.id).find((m) => m === list)?.text ?? ''),
      10_000,
      'page 2',
    );
  });
});
