import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, makeMp4, makeVp9 } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

const probe = (file: string) =>
  JSON.parse(
    execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], {
      encoding: 'utf8',
    }),
  ) as {
    streams: { codec_type: string; codec_name: string; nb_frames?: string }[];
    format: { duration: string };
  };
/** One frame's pixels, as an md5: what the picture shows at `seconds`. */
const frameMd5 = (file: string, seconds: number) =>
  execFileSync(
    'ffmpeg',
    ['-v', 'error', '-ss', String(seconds), '-i', file, '-frames:v', '1', '-f', 'md5', '-'],
    {
      encoding: 'utf8',
    },
  ).trim();

const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:09.000\nHello from the cue\n';

// One bot for the file (each test asks with other words, so no delivery comes from another's
// cache); the last test ends it to start one with another limit.
describe('a video the way users ask for it: words after the link', () => {
  let h: Harness;
  let clip: string;
  beforeAll(async () => {
    h = await createHarness();
    clip = makeMp4(12, 320, 240);
    h.web.addFile('clip12.mp4', clip, 'video/mp4');
    h.web.addFile('poster.jpg', makeJpeg(), 'image/jpeg');
    h.web.route('/files/clip.en.vtt', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/vtt' }).end(VTT),
    );
    h.web.addFile('vp9.webm', makeVp9(3), 'video/webm');
    const page = (title: string, body: string) =>
      `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
    h.web.route('/watch', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          page(
            'Twelve seconds',
            '<video controls poster="/files/poster.jpg" src="/files/clip12.mp4"><track kind="subtitles" srclang="en" src="/files/clip.en.vtt"></video>',
          ),
        ),
    );
    h.web.route('/vp9', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(page('Only VP9', '<video controls><source src="/files/vp9.webm" type="video/webm"></video>')),
    );
    await h.start({}, 'video-options');
  });
  afterAll(() => h.close());

  it('sends only the section asked for, cut at its start, with its duration set', async () => {
    const u = user(2601);
    h.api.sendText(u, `${h.web.url}/watch 0:03-0:07`);
    const msg = await h.waitForFile(u.id, 60_000);
    expect(msg.method).toBe('sendVideo');
    expect(Number(msg.params.duration)).toBeGreaterThanOrEqual(3);
    expect(Number(msg.params.duration)).toBeLessThanOrEqual(5);
    // The picture starts at 0:03: the first frame is the source's frame at 3 s, not its first.
    const info = probe(msg.file!.path);
    const video = info.streams.find((s) => s.codec_type === 'video')!;
    expect(Number(video.nb_frames)).toBeLessThanOrEqual(4.5 * 25);
    expect(Number(info.format.duration)).toBeCloseTo(4, 0);
  });

  it('sends the audio with the page title and its picture as the thumbnail', async () => {
    const u = user(2602);
    h.api.sendText(u, `${h.web.url}/watch audio`);
    const msg = await h.waitForFile(u.id, 60_000);
    expect(msg.method).toBe('sendAudio');
    expect(msg.params.title).toMatch(/^Twelve seconds/);
    const call = h.api.callsTo('sendAudio')[0]!;
    expect(call.files.thumbnail?.size).toBeGreaterThan(500);
    expect(probe(msg.file!.path).streams.some((s) => s.codec_type === 'audio')).toBe(true);
  });

  it('sends the page subtitles as an .srt beside the video', async () => {
    const u = user(2603);
    h.api.sendText(u, `${h.web.url}/watch subs`);
    await waitUntil(() => h.files(u.id).length === 2, 60_000, 'the video and its subtitles');
    const [video, srt] = h.files(u.id);
    expect(video!.method).toBe('sendVideo');
    expect(srt!.method).toBe('sendDocument');
    expect(srt!.file!.filename).toMatch(/\.en\.srt$/);
    expect(readFileSync(srt!.file!.path, 'utf8')).toMatch(
      /00:00:01,000 --> 00:00:09,000\s+Hello from the cue/,
    );
  });

  it('burns the subtitles into the picture with subs:burn', async () => {
    const u = user(2604);
    h.api.sendText(u, `${h.web.url}/watch subs:burn`);
    const msg = await h.waitForFile(u.id, 90_000);
    expect(msg.method).toBe('sendVideo');
    expect(h.files(u.id)).toHaveLength(1);
    expect(probe(msg.file!.path).streams.find((s) => s.codec_type === 'video')!.codec_name).toBe('h264');
    // While the cue shows, the picture differs from the source's; before it, it is the same scene.
    expect(frameMd5(msg.file!.path, 5)).not.toBe(frameMd5(clip, 5));
  });

  it('answers a word it does not know with an example, and queues nothing', async () => {
    const u = user(2607);
    h.api.sendText(u, `${h.web.url}/watch 720 hd`);
    const answer = await h.waitForText(u.id, /I don't know the word “hd”/);
    expect(answer.text).toContain(`${h.web.url}/watch 1:20-2:05 720`);
    h.api.sendText(u, '/history');
    await h.waitForText(u.id, /history|links/i);
    await new Promise((r) => setTimeout(r, 500));
    expect(h.api.messagesTo(u.id).some((m) => /Queued|⏳/.test(m.text ?? ''))).toBe(false);
    expect(h.files(u.id)).toEqual([]);
  });

  it('makes a VP9-only page H.264 when it is short, and says so when it is too long', async () => {
    const u = user(2605);
    h.api.sendText(u, `${h.web.url}/vp9`);
    const msg = await h.waitForFile(u.id, 90_000);
    expect(msg.method).toBe('sendVideo');
    expect(probe(msg.file!.path).streams.find((s) => s.codec_type === 'video')!.codec_name).toBe('h264');
    await h.bot!.stop();

    await h.start({ SUBS_BURN_MAX_MINUTES: '0' }, 'video-vp9-long');
    const v = user(2606);
    h.api.sendText(v, `${h.web.url}/vp9`);
    await h.waitForText(v.id, /exists only as VP9/, 90_000);
    expect(h.files(v.id)).toHaveLength(1);
  });
});
