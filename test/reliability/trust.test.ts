import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackData } from '../../src/callbacks/callback-data.js';
import { makeMp4, videoPage } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { TEST_TOKEN, waitUntil } from '../support/spawn-bot.js';

const MB = 1024 * 1024;
const API_HASH = 'feedface0123456789abcdef01234567';

/**
 * A stand-in for a tool that writes its arguments and environment to a file at every run, then
 * does what the real tool is asked when it can (`exec` the real one for Chromium and ffmpeg; the
 * yt-dlp one answers its version and fails at anything else, which the bot survives).
 */
function envRecorder(dir: string, name: string, then: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\n{ echo "ARGS $*"; /usr/bin/env; } > "${dir}/run-${name}-$$"\n${then}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('trust: secrets stay with their site and their process, downloads stay bounded', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it("never sends the operator's YTDLP_COOKIE_HEADER to a page a user linked", async () => {
    const mp4 = h.web.addFile('clip.mp4', makeMp4(2, 320, 240), 'video/mp4');
    h.web.route('/page', (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(videoPage('A page', mp4)),
    );
    await h.start(
      { YTDLP_COOKIE_HEADER: 'SID=operator-session-7f3a; HSID=second-value-9b1c' },
      'trust-cookie',
    );
    const u = user(7101);
    h.api.sendText(u, `${h.web.url}/page`);
    await h.waitForFile(u.id, 60_000);
    const seen = h.web.requests.filter((r) => r.path === '/page' || r.path.startsWith('/files/'));
    expect(seen.length).toBeGreaterThan(1);
    expect(h.web.requests.filter((r) => r.cookie).map((r) => `${r.path}: ${r.cookie}`)).toEqual([]);
    await h.bot?.stop();
    expect(h.bot!.logs()).not.toContain('operator-session-7f3a');
    await h.expectTmpEmpty();
  }, 90_000);

  it('starts yt-dlp, ffmpeg and Chromium with none of the bot environment', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'env-tools-'));
    const answerVersion =
      '[ "$1" = "--version" ] || [ "$1" = "-version" ] && echo 2025.12.01 && exit 0\nexit 1';
    const ytdlp = envRecorder(dir, 'yt-dlp', answerVersion);
    const ffmpeg = envRecorder(dir, 'ffmpeg', 'exec /usr/bin/ffmpeg "$@"');
    envRecorder(dir, 'ffprobe', 'exec /usr/bin/ffprobe "$@"');
    const chromium = envRecorder(dir, 'chromium', 'exec /usr/bin/chromium "$@"');
    await h.start(
      {
        YTDLP_PATH: ytdlp,
        FFMPEG_PATH: ffmpeg,
        CHROMIUM_PATH: chromium,
        API_ID: '12345',
        API_HASH,
      },
      'trust-env',
    );
    h.web.route('/doc', (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>A page to print</h1>'),
    );
    const clip = h.web.addFile('env-clip.mp4', makeMp4(2, 320, 240), 'video/mp4');
    const u = user(7102);
    h.api.sendText(u, `${h.web.url}/doc`);
    h.api.sendText(u, `/pdf ${h.web.url}/doc`);
    // A video file: ffprobe reads it and ffmpeg takes its thumbnail.
    h.api.sendText(u, clip);
    // All answered: the PDF, the video, and the page link (which the stand-in yt-dlp fails) one way or another.
    const answered = () =>
      h.files(u.id).length + h.api.messagesTo(u.id).filter((m) => /^❌/.test(m.text ?? '')).length;
    await waitUntil(() => answered() >= 3, 60_000, 'all three answers');
    await h.bot?.stop();
    const runs = readdirSync(dir)
      .filter((f) => f.startsWith('run-'))
      .map((f) => ({
        tool: f.split('-').slice(1, -1).join('-'),
        text: readFileSync(path.join(dir, f), 'utf8'),
      }));
    const ran = new Set(runs.map((r) => r.tool));
    expect(ran).toEqual(new Set(['yt-dlp', 'ffmpeg', 'ffprobe', 'chromium']));
    for (const r of runs) {
      expect(r.text, r.tool).not.toContain(TEST_TOKEN.split(':')[1]!);
      expect(r.text, r.tool).not.toContain(API_HASH);
      const names = r.text
        .split('\n')
        .filter((l) => /^[A-Z_][A-Z0-9_]*=/.test(l))
        .map((l) => l.slice(0, l.indexOf('=')));
      const allowed = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'PYTHONUNBUFFERED', 'PWD', 'SHLVL', '_', 'OLDPWD'];
      expect(
        names.filter((n) => !allowed.includes(n)),
        r.tool,
      ).toEqual([]);
    }
    // Chromium launched for the PDF, yt-dlp asked about the page, ffmpeg at work on the video.
    expect(runs.some((r) => r.tool === 'chromium' && /remote-debugging-pipe/.test(r.text))).toBe(true);
    expect(runs.some((r) => r.tool === 'yt-dlp' && / -J /.test(r.text))).toBe(true);
    expect(runs.some((r) => r.tool === 'ffmpeg' && /-frames:v 1/.test(r.text))).toBe(true);
  }, 120_000);

  it('stops a yt-dlp download without a Content-Length at the limit: the user hears it, the disk is empty', async () => {
    let served = 0;
    h.web.route('/big.mp4', (req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4' });
      if (req.method === 'HEAD') return res.end();
      const chunk = Buffer.alloc(256 * 1024, 7);
      const t = setInterval(() => {
        if (served >= 60 * MB) {
          clearInterval(t);
          return res.end();
        }
        served += chunk.length;
        res.write(chunk);
      }, 25);
      res.on('close', () => clearInterval(t));
    });
    h.web.route('/live', (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(videoPage('Endless', `${h.web.url}/big.mp4`)),
    );
    await h.start({ MAX_FILE_SIZE_MB: '5' }, 'trust-bounded');
    const u = user(7103);
    h.api.sendText(u, `${h.web.url}/live`);
    await h.waitForText(u.id, /over this bot's limit of 5/, 60_000);
    expect(served).toBeGreaterThan(5 * MB);
    expect(served).toBeLessThan(20 * MB);
    expect(h.files(u.id)).toEqual([]);
    await h.expectTmpEmpty();
  }, 90_000);

  it('sends each user the kind they chose, whoever fetched the file first', async () => {
    await h.start({}, 'trust-send-as');
    const asDocument = user(7104);
    const asVideo = user(7105);
    h.api.sendText(asDocument, '/settings');
    const panel = await h.waitForText(asDocument.id, /./);
    h.api.clickButton(asDocument, panel, callbackData.settings.encode({ field: 'v', value: 'document' }));
    await waitUntil(() => h.api.messagesTo(asDocument.id).some((m) => m.edits > 0), 10_000, 'settings saved');
    for (const [i, order] of [
      [asDocument, asVideo],
      [asVideo, asDocument],
    ].entries()) {
      const link = h.web.addFile(`kind-${i}.mp4`, makeMp4(2, 320, 240), 'video/mp4');
      for (const u of order) {
        const before = h.files(u.id).length;
        h.api.sendText(u, link);
        await waitUntil(() => h.files(u.id).length > before, 30_000, `file for ${u.id}`);
      }
      expect(h.files(asDocument.id).at(-1)?.method).toBe('sendDocument');
      expect(h.files(asVideo.id).at(-1)?.method).toBe('sendVideo');
    }
  }, 120_000);
});
