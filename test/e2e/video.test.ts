import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGif, makeHls, makeMp4, videoPage } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const ffprobeStreams = (file: string) =>
  execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_type', '-of', 'csv=p=0', file], {
    encoding: 'utf8',
  });

// One bot for the file: each test has its own user and its own page address (a link already
// delivered with the same options would come from the cache, not from yt-dlp); the last two
// tests start bots with other tools.
describe('video sites through yt-dlp', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    const mp4 = makeMp4(3, 320, 240);
    h.web.addFile('clip.mp4', mp4, 'video/mp4');
    h.web.route('/watch', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(videoPage('Sunset over Tehran', '/files/clip.mp4')),
    );
    h.web.route('/slowwatch', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(videoPage('Slow one', '/slowclip.mp4')),
    );
    h.web.route('/slowclip.mp4', (_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': 50_000_000 });
      const t = setInterval(() => res.write(Buffer.alloc(16_384)), 100);
      res.on('close', () => clearInterval(t));
    });
    await h.start({}, 'video');
  });
  afterAll(() => h.close());

  it('delivers the video of an HTML page as a playable mp4 with duration, width and height', async () => {
    const u = user(2001);
    h.api.sendText(u, `${h.web.url}/watch?t=page`);
    const msg = await h.waitForFile(u.id, 40_000);
    expect(msg.method).toBe('sendVideo');
    expect(msg.params).toMatchObject({ duration: 3, width: 320, height: 240, supports_streaming: true });
    expect(msg.caption).toContain('Sunset over Tehran');
    expect(ffprobeStreams(msg.file!.path)).toContain('video');
    // The page is read once: the download starts from what its probe found.
    expect(h.web.requests.filter((r) => r.method === 'GET' && r.path === '/watch?t=page')).toHaveLength(1);
  });

  it('turns an HLS playlist into one mp4', async () => {
    const hls = makeHls();
    for (const f of hls.files)
      h.web.addFile(
        f,
        path.join(hls.dir, f),
        f.endsWith('.m3u8') ? 'application/vnd.apple.mpegurl' : 'video/mp2t',
      );
    const u = user(2002);
    h.api.sendText(u, `${h.web.url}/files/index.m3u8`);
    const msg = await h.waitForFile(u.id, 60_000);
    expect(h.files(u.id)).toHaveLength(1);
    expect(msg.method).toBe('sendVideo');
    expect(ffprobeStreams(msg.file!.path)).toContain('video');
    expect(Number(msg.params.duration)).toBeGreaterThanOrEqual(3);
  });

  it('sends a GIF as an animation', async () => {
    const u = user(2003);
    h.api.sendText(u, h.web.addFile('dance.gif', makeGif(), 'image/gif'));
    const msg = await h.waitForFile(u.id);
    expect(msg.method).toBe('sendAnimation');
  });

  it('with the "ask" setting lists qualities with sizes and delivers the pick (audio only included) once', async () => {
    const u = user(2004);
    h.api.sendText(u, '/settings');
    const menu = await waitUntil(
      () => h.api.messagesTo(u.id).find((m) => /Settings/.test(m.text ?? '')),
      10_000,
      'settings',
    );
    h.api.clickButton(u, menu, 's:q:ask');
    await waitUntil(
      () => /Video quality: Ask/.test(h.api.messagesTo(u.id).find((m) => m === menu)?.text ?? ''),
      10_000,
      'saved',
    );

    h.api.sendText(u, `${h.web.url}/watch?t=ask`);
    const ask = await waitUntil(
      () => h.api.messagesTo(u.id).find((m) => /Choose a quality/.test(m.text ?? '')),
      40_000,
      'quality keyboard',
    );
    const buttons = ask.reply_markup!.inline_keyboard!.flat();
    expect(buttons.every((b) => Buffer.byteLength(b.callback_data!) <= 64)).toBe(true);
    expect(buttons.map((b) => b.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Best available/), expect.stringMatching(/Audio only/)]),
    );
    const audio = buttons.find((b) => /Audio only/.test(b.text))!;
    h.api.clickButton(u, ask, audio.callback_data!);
    const sent = await h.waitForFile(u.id, 40_000);
    expect(sent.method).toBe('sendAudio');
    expect(Number(sent.params.duration)).toBeGreaterThanOrEqual(2);

    // A second tap on the same keyboard (or a replayed one) starts nothing: the handler says so
    // and returns before it would queue a job.
    const jobsBefore = h.api.messagesTo(u.id).filter((m) => /Queued|In the queue/i.test(m.text ?? '')).length;
    const video = buttons.find((b) => !/Audio only/.test(b.text))!;
    h.api.clickButton(u, ask, video.callback_data!);
    await h.api.waitForCall((c) => c.method === 'answerCallbackQuery' && c.params.text === 'On its way.');
    expect(h.api.messagesTo(u.id).filter((m) => /Queued|In the queue/i.test(m.text ?? '')).length).toBe(
      jobsBefore,
    );
    expect(h.files(u.id).map((m) => m.method)).toEqual(['sendAudio']);
  });

  it('never runs an option smuggled in the message: the --exec marker never appears', async () => {
    const marker = `/tmp/pishtaz-exec-marker-${process.pid}`;
    rmSync(marker, { force: true });
    const u = user(2005);
    h.api.sendText(u, `--exec "touch ${marker}" ${h.web.url}/watch?t=exec`);
    await h.waitForFile(u.id, 40_000);
    h.api.sendText(u, `${h.web.url}/watch?x=--exec=touch%20${encodeURIComponent(marker)}`);
    await waitUntil(() => h.files(u.id).length === 2, 40_000, 'second delivery');
    expect(existsSync(marker)).toBe(false);
  });

  it('cancelling during a yt-dlp download leaves no yt-dlp or ffmpeg process and no temp files', async () => {
    const bot = h.bot!;
    const u = user(2006);
    h.api.sendText(u, `${h.web.url}/slowwatch`);
    const status = await waitUntil(
      () => h.api.messagesTo(u.id).find((m) => /Downloading/.test(m.text ?? '')),
      40_000,
      'downloading',
    );
    const children = () =>
      execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => l.includes(bot.dataDir) && !l.includes('node'));
    expect(children().length).toBeGreaterThan(0);
    h.api.clickButton(u, status, status.reply_markup!.inline_keyboard![0]![0]!.callback_data!);
    await h.waitForText(u.id, /Download cancelled/);
    await waitUntil(() => children().length === 0, 3000, 'no child processes');
    await h.expectTmpEmpty();
  });

  it('ends a hanging yt-dlp with a timeout message and a failing one with a clear reason', async () => {
    await h.start(
      { YTDLP_PATH: path.join(FIXTURES, 'fake-ytdlp-hang.sh'), YTDLP_TIMEOUT_SECONDS: '2' },
      'video-hang',
    );
    const u = user(2007);
    h.api.sendText(u, `${h.web.url}/watch`);
    await h.waitForText(u.id, /took too long/, 20_000);
    h.api.sendText(u, '/start');
    await h.waitForText(u.id, /Hello User2007/);
    await h.bot!.stop();
    await h.start({ YTDLP_PATH: path.join(FIXTURES, 'fake-ytdlp-fail.sh') }, 'video-fail');
    const v = user(2008);
    h.api.sendText(v, `${h.web.url}/watch`);
    await h.waitForText(v.id, /This video is private/, 20_000);
  });

  it('without yt-dlp, a page link is answered with what is missing (not its HTML) and /health names the tool', async () => {
    const bot = await h.start({ YTDLP_PATH: '/nonexistent/yt-dlp' }, 'video-missing');
    const u = user(2009);
    h.api.sendText(u, `${h.web.url}/watch`);
    await h.waitForText(u.id, /Video sites are not available on this server right now/);
    expect(h.files(u.id)).toEqual([]);
    // A job runs once the tools are found, so by now /health has them too.
    const health = await bot.health();
    expect(health.status).toBe(200);
    expect(JSON.stringify(health.body.checks)).toContain('"missing":["yt-dlp"]');
  });
});
