import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeYtdlp } from '../support/fake-ytdlp.js';
import { makeMp4, videoPage } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

const ADMIN = 9601;

describe('missing tools are said, never papered over', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('answers a video page with "not available" (never its HTML as a file) and tells the admins once', async () => {
    const mp4 = h.web.addFile('m.mp4', makeMp4(2, 320, 240), 'video/mp4');
    h.web.route('/watch', (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(videoPage('A video', mp4)),
    );
    await h.start(
      {
        ADMIN_IDS: String(ADMIN),
        // The admins hear of it at start, before any of them has spoken to the bot.
        DEFAULT_LANGUAGE: 'en',
        YTDLP_PATH: '/nonexistent/yt-dlp',
        FFMPEG_PATH: '/nonexistent/ffmpeg',
      },
      'missing-tools',
    );
    const users = [user(7301), user(7302), user(7303)];
    for (const u of users) {
      h.api.sendText(u, `${h.web.url}/watch?u=${u.id}`);
      await h.waitForText(u.id, /Video sites are not available on this server right now/, 30_000);
      expect(h.files(u.id)).toEqual([]);
    }
    const notices = (re: RegExp) => h.api.messagesTo(ADMIN).filter((m) => re.test(m.text ?? ''));
    await waitUntil(
      () => notices(/ffmpeg or ffprobe is not available/).length === 1,
      10_000,
      'the ffmpeg notice',
    );
    expect(notices(/yt-dlp is not available/)).toHaveLength(1);
    expect(notices(/ffmpeg or ffprobe is not available/)).toHaveLength(1);
    // A direct file still arrives: only what needs the missing tools is refused.
    const u = user(7304);
    h.api.sendText(u, `${h.web.url}/gen?size=2000&name=plain.bin`);
    await h.waitForFile(u.id);
    await h.expectTmpEmpty();
  }, 90_000);

  it('asks yt-dlp its version only when a page needs it: a slow one holds up neither the start nor a direct file', async () => {
    // A yt-dlp whose `--version` takes 5 s (a slow host), and says when it was asked and answered.
    const dir = mkdtempSync(path.join(tmpdir(), 'slow-tool-'));
    const [asked, answered] = [path.join(dir, 'asked'), path.join(dir, 'answered')];
    const fake = fakeYtdlp({ version: '2025.12.01', mp4: makeMp4(2, 320, 240) });
    const slow = path.join(dir, 'yt-dlp');
    writeFileSync(
      slow,
      `#!/bin/sh\nif [ "$1" = --version ]; then : > '${asked}'; /bin/sleep 5; : > '${answered}'; fi\nexec '${fake.path}' "$@"\n`,
    );
    chmodSync(slow, 0o755);
    const bot = await h.start({ YTDLP_PATH: slow, DEFAULT_LANGUAGE: 'en' }, 'slow-tool');
    const u = user(7305);
    h.api.sendText(u, '/start');
    await h.waitForText(u.id, /Hello User7305/);
    h.api.sendText(u, `${h.web.url}/gen?size=3000&name=direct.bin`);
    await h.waitForFile(u.id, 30_000);
    expect(existsSync(asked)).toBe(false);
    const health = await waitUntil(async () => {
      const r = await bot.health();
      return JSON.stringify(r.body.checks?.tools).includes('looking') ? undefined : r;
    });
    expect(health.status).toBe(200);
    expect(health.body.checks?.tools).toMatchObject({
      detail: { 'yt-dlp': { available: true }, missing: [] },
    });

    h.web.route('/watch', (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(videoPage('x', '/none.mp4')),
    );
    h.api.sendText(u, `${h.web.url}/watch?v=slow`);
    await waitUntil(() => h.files(u.id).length === 2, 30_000, 'the page delivered');
    expect(existsSync(answered)).toBe(true);
    expect((await bot.health()).body.checks?.['yt-dlp']).toMatchObject({ detail: { version: '2025.12.01' } });
  }, 60_000);

  it('finds every tool without running it: a start costs no -version runs', async () => {
    // Each stand-in records a run; none may happen before a job needs it.
    const dir = mkdtempSync(path.join(tmpdir(), 'located-tools-'));
    const runs = path.join(dir, 'runs');
    const recorder = (name: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, `#!/bin/sh\necho "${name} $*" >> '${runs}'\nexit 1\n`);
      chmodSync(file, 0o755);
      return file;
    };
    recorder('ffprobe');
    const bot = await h.start(
      {
        YTDLP_PATH: recorder('yt-dlp'),
        FFMPEG_PATH: recorder('ffmpeg'),
        CHROMIUM_PATH: recorder('chromium'),
        GALLERY_DL_PATH: recorder('gallery-dl'),
        DEFAULT_LANGUAGE: 'en',
      },
      'located-tools',
    );
    const found = async () => {
      const r = await bot.health();
      return JSON.stringify(r.body.checks?.tools).includes('looking') ? undefined : r;
    };
    const health = await waitUntil(found, 15_000, 'the tools to be found');
    expect(health.body.checks?.tools).toMatchObject({
      detail: {
        'yt-dlp': { available: true },
        ffmpeg: { available: true },
        chromium: { available: true },
        'gallery-dl': { available: true },
        missing: [],
      },
    });
    expect(existsSync(runs)).toBe(false);
  }, 60_000);
});
