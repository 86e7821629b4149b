import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedSha256 } from '../support/content-server.js';
import { makeMp4, moovAtEnd, sha256File } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';

const MB = 1024 * 1024;
const BOTH_SIDES = /downloaded (\d+)% · sent (\d+)%/;

/** The status texts a chat was shown, in order (first send and every edit). */
function statusTexts(h: Harness, chatId: number): string[] {
  return h.api.calls
    .filter(
      (c) => (c.method === 'sendMessage' || c.method === 'editMessageText') && c.params.chat_id === chatId,
    )
    .map((c) => String(c.params.text));
}

/** Whether the status ever showed the upload under way while the download was not finished. */
function sentWhileDownloading(h: Harness, chatId: number): boolean {
  return statusTexts(h, chatId).some((text) => {
    const m = text.match(BOTH_SIDES);
    return m !== null && Number(m[1]) < 100 && Number(m[2]) > 0;
  });
}

// One bot for the file, a user per test: what a test reads of the double is its own chat's.
describe('upload while downloading', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ uploadBytesPerSecond: 3 * MB });
    await h.start({}, 'stream-through');
  });
  afterAll(() => h.close());

  it('sends a document as it lands: byte-identical, and the status shows both sides', async () => {
    const u = user(1901);
    const size = 10 * MB;
    h.api.sendText(u, `${h.web.url}/gen?size=${size}&rate=${3 * MB}&name=data.bin`);
    const msg = await h.waitForFile(u.id, 30_000);
    expect(msg.method).toBe('sendDocument');
    expect(msg.file!.sha256).toBe(generatedSha256(size));
    expect(msg.file!.filename).toBe('data.bin');
    expect(sentWhileDownloading(h, u.id)).toBe(true);
    expect(h.files(u.id)).toHaveLength(1);
    await h.expectTmpEmpty();
  });

  it('sends a faststart mp4 as a video with its metadata and thumbnail from the head', async () => {
    const mp4 = makeMp4(8, 640, 480, 'noisy-8s.mp4', true);
    const size = statSync(mp4).size;
    // Six seconds of download: the head's ffprobe and thumbnail are done well before its end,
    // however busy the machine.
    const url = `${h.web.addFile('clip.mp4', mp4, 'video/mp4')}?rate=${Math.ceil(size / 6)}`;
    const u = user(1902);
    h.api.sendText(u, url);
    const msg = await h.waitForFile(u.id, 30_000);
    expect(msg.method).toBe('sendVideo');
    expect(msg.file!.sha256).toBe(sha256File(mp4));
    expect(msg.params).toMatchObject({ duration: 8, width: 640, height: 480, supports_streaming: true });
    const sent = h.api.callsTo('sendVideo').find((c) => String(c.params.chat_id) === String(u.id));
    expect(sent!.files.thumbnail?.size).toBeGreaterThan(0);
    expect(sentWhileDownloading(h, u.id)).toBe(true);
  });

  it('sends an mp4 whose moov is at the end only once it has landed, still as a video', async () => {
    const mp4 = moovAtEnd(makeMp4(8, 640, 480, 'noisy-8s.mp4', true));
    const size = statSync(mp4).size;
    const url = `${h.web.addFile('late.mp4', mp4, 'video/mp4')}?rate=${Math.ceil(size / 2)}`;
    const u = user(1903);
    h.api.sendText(u, url);
    const msg = await h.waitForFile(u.id, 30_000);
    expect(msg.method).toBe('sendVideo');
    expect(msg.file!.sha256).toBe(sha256File(mp4));
    expect(msg.params).toMatchObject({ duration: 8, width: 640, height: 480 });
    expect(statusTexts(h, u.id).some((t) => BOTH_SIDES.test(t))).toBe(false);
  });

  it('sends an upload cut midway again, once, byte-identical', async () => {
    let cuts = 0;
    h.api.cutUpload = (method) => (method === 'sendDocument' && cuts++ === 0 ? 2 * MB : undefined);
    const before = h.api.uploadsStarted.length;
    const u = user(1904);
    const size = 6 * MB;
    h.api.sendText(u, `${h.web.url}/gen?size=${size}&rate=${3 * MB}&name=cut.bin`);
    const msg = await h.waitForFile(u.id, 40_000);
    expect(msg.file!.sha256).toBe(generatedSha256(size));
    h.api.cutUpload = undefined;
    expect(h.api.uploadsStarted.slice(before).filter((s) => s.method === 'sendDocument').length).toBe(2);
    expect(h.files(u.id)).toHaveLength(1);
    await h.expectTmpEmpty();
  });

  it('aborts the upload when the source resets midway: the usual message, nothing delivered, no temp file', async () => {
    const u = user(1905);
    const before = h.api.uploadsStarted.length;
    h.api.sendText(u, `${h.web.url}/gen?size=${10 * MB}&rate=${3 * MB}&reset=${4 * MB}`);
    await h.waitForText(u.id, /connection to the website failed or was cut off/, 30_000);
    expect(h.api.uploadsStarted.slice(before).some((s) => s.method === 'sendDocument')).toBe(true);
    expect(h.files(u.id)).toHaveLength(0);
    await h.expectTmpEmpty();
  });
});
