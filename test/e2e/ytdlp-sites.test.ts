import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cookiesFile, fakeYtdlp } from '../support/fake-ytdlp.js';
import { makeMp4, videoPage } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

const ADMIN = 9301;
const noticesTo = (h: Harness, id: number) =>
  h.api.messagesTo(id).filter((m) => /no cookies file got past it/.test(m.text ?? ''));
/** The admin has talked to the bot in English, so notices come in English. */
async function adminSaysHello(h: Harness) {
  h.api.sendText(user(ADMIN), '/start');
  await h.waitForText(ADMIN, /Hello/);
}

describe('sites that fight back: cookies, the JavaScript runtime, yt-dlp itself', () => {
  let h: Harness;
  let host: string;
  beforeEach(async () => {
    h = await createHarness();
    host = new URL(h.web.url).hostname;
    h.web.route('/watch', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(videoPage('A page', '/files/none.mp4')),
    );
  });
  afterEach(() => h.close());

  it('uses the pool in turn: of three cookie files only the third works, the link is delivered, the first two rest, no notice', async () => {
    const fake = fakeYtdlp({ version: '2025.12.01', mp4: makeMp4(3, 320, 240) });
    const pool = mkdtempSync(path.join(tmpdir(), 'cookie-pool-'));
    const files = ['1-first.txt', '2-second.txt', '3-third.txt'].map((n, i) =>
      cookiesFile(pool, n, host, i === 2 ? 'good' : 'stale'),
    );
    await h.start({ YTDLP_PATH: fake.path, YTDLP_COOKIES: pool, ADMIN_IDS: String(ADMIN) }, 'cookie-pool');
    await adminSaysHello(h);
    const u = user(1701);
    h.api.sendText(u, `${h.web.url}/watch?v=botcheck`);
    const msg = await h.waitForFile(u.id, 30_000);
    expect(msg.method).toBe('sendVideo');
    const withCookies = fake
      .runs()
      .filter((args) => args.includes('--cookies'))
      .map((args) => args[args.indexOf('--cookies') + 1]);
    // The probe tried the first, the second, then the third; the download went straight to the
    // third. yt-dlp gets a copy in the job's folder each time, never the operator's file.
    const idOf = (f: string) => createHash('sha256').update(f).digest('hex').slice(0, 12);
    expect(withCookies.map((c) => path.basename(c ?? '').split('-')[1])).toEqual(
      [files[0], files[1], files[2], files[2]].map((f) => idOf(f!)),
    );
    for (const copy of withCookies) expect(copy).toMatch(/\/tmp\/job-\d+\/(item-\d+\/)?cookies-/);
    expect(new Set(withCookies).size).toBe(4);
    const admin = user(ADMIN);
    h.api.sendText(admin, '/cookies');
    const list = await h.waitForText(ADMIN, /Cookie pool/);
    const line = (name: string) => list.text!.split('\n').find((l) => l.includes(name))!;
    expect(line('1-first.txt')).toMatch(/· — · \d{4}-\d{2}-\d{2}/); // never succeeded, set aside until …
    expect(line('2-second.txt')).toMatch(/· — · \d{4}-\d{2}-\d{2}/);
    expect(line('3-third.txt')).toMatch(/· \d{4}-\d{2}-\d{2}[^·]* · —$/); // a success, not set aside
    expect(noticesTo(h, ADMIN)).toEqual([]);
  });

  it('with no working cookies: the user hears of the bot check, the admins get one notice for several links', async () => {
    const fake = fakeYtdlp({ version: '2025.12.01', mp4: makeMp4(3, 320, 240) });
    const pool = mkdtempSync(path.join(tmpdir(), 'cookie-pool-'));
    cookiesFile(pool, 'a.txt', host, 'stale');
    cookiesFile(pool, 'b.txt', host, 'stale');
    await h.start({ YTDLP_PATH: fake.path, YTDLP_COOKIES: pool, ADMIN_IDS: String(ADMIN) }, 'cookie-none');
    await adminSaysHello(h);
    const users = [user(1711), user(1712), user(1713)];
    for (const [i, u] of users.entries()) h.api.sendText(u, `${h.web.url}/watch?v=botcheck${i}`);
    for (const u of users) await h.waitForText(u.id, /prove it is not a robot/, 30_000);
    // After a login error with cookies, one try without them, once per link.
    const runs = fake.runs().filter((a) => a.includes('-J'));
    expect(runs.filter((a) => !a.includes('--cookies'))).toHaveLength(3);
    await waitUntil(() => noticesTo(h, ADMIN).length > 0, 5000, 'the admins told');
    expect(noticesTo(h, ADMIN)).toHaveLength(1);
    expect(noticesTo(h, ADMIN)[0]!.text).toContain('/cookies');
    expect(h.files(users[0]!.id)).toHaveLength(0);
    // /stats shows the failures by site and class.
    h.api.sendText(user(ADMIN), '/stats');
    const stats = await h.waitForText(ADMIN, /Failures in 24 h by site/);
    expect(stats.text).toContain(`${host}: 3 bot checks`);
  });

  it('gives yt-dlp our Node as its JavaScript runtime when its version knows the option, and never when not', async () => {
    const mp4 = makeMp4(3, 320, 240);
    const current = fakeYtdlp({ version: '2025.11.12', mp4 });
    await h.start(
      { YTDLP_PATH: current.path, YTDLP_POT_PROVIDER_URL: 'http://127.0.0.1:4416' },
      'js-runtime-new',
    );
    const u = user(1721);
    h.api.sendText(u, `${h.web.url}/watch?v=1`);
    await h.waitForFile(u.id, 30_000);
    const runs = current.runs();
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const args of runs) {
      expect(args[args.indexOf('--js-runtimes') + 1]).toBe(`node:${process.execPath}`);
      expect(args[args.indexOf('--extractor-args') + 1]).toBe(
        'youtubepot-bgutilhttp:base_url=http://127.0.0.1:4416',
      );
    }
    const health = await h.bot!.health();
    expect(health.body.checks?.['yt-dlp']).toMatchObject({
      detail: { version: '2025.11.12', jsRuntime: true, source: 'explicit' },
    });
    await h.bot!.stop();

    const old = fakeYtdlp({ version: '2023.03.04', mp4 });
    await h.start({ YTDLP_PATH: old.path }, 'js-runtime-old');
    const v = user(1722);
    h.api.sendText(v, `${h.web.url}/watch?v=2`);
    await h.waitForFile(v.id, 30_000);
    expect(old.runs().length).toBeGreaterThanOrEqual(2);
    for (const args of old.runs()) expect(args).not.toContain('--js-runtimes');
    expect((await h.bot!.health()).body.checks?.['yt-dlp']).toMatchObject({ detail: { jsRuntime: false } });
  });

  it('takes a cookies document from an admin into the pool (mode 600) and refuses it from anyone else', async () => {
    const fake = fakeYtdlp({ version: '2025.12.01', mp4: makeMp4(3, 320, 240) });
    const bot = await h.start({ YTDLP_PATH: fake.path, ADMIN_IDS: String(ADMIN) }, 'cookie-upload');
    const dir = mkdtempSync(path.join(tmpdir(), 'cookie-send-'));
    const file = cookiesFile(dir, 'youtube-cookies.txt', 'youtube.com', 'SID');
    const stored = () => {
      try {
        return readdirSync(path.join(bot.dataDir, 'cookies'));
      } catch {
        return [];
      }
    };

    const stranger = user(1731);
    await h.api.sendDocument(stranger, file, '/cookies');
    await h.waitForText(stranger.id, /for the bot's admins only/);
    expect(stored()).toEqual([]);

    await h.api.sendDocument(user(ADMIN), file, '/cookies');
    await h.waitForText(ADMIN, /joined the cookie pool, for: YouTube/);
    expect(stored()).toHaveLength(1);
    expect(statSync(path.join(bot.dataDir, 'cookies', stored()[0]!)).mode & 0o777).toBe(0o600);
    h.api.sendText(user(ADMIN), '/cookies');
    const list = await h.waitForText(ADMIN, /Cookie pool/);
    expect(list.text).toContain('YouTube');
    expect(list.text).not.toContain('value-youtube-cookies.txt'); // never the cookie values
  });
});
