import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
