import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedSha256 } from '../support/content-server.js';
import { makeMp4, sha256File } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

const MB = 1024 * 1024;

// One bot for the file, a user per test: what a test reads of the double is its own chat's.
describe('links in, files out', () => {
  let h: Harness;
  const callTo = (method: string, chatId: number) =>
    h.api.callsTo(method).filter((c) => String(c.params.chat_id) === String(chatId));
  beforeAll(async () => {
    h = await createHarness();
    await h.start({}, 'pipeline-delivery');
  });
  afterAll(() => h.close());

  it('downloads a 3 MB file and sends it as a byte-identical document with a caption', async () => {
    const u = user(801);
    h.api.sendText(u, `please get ${h.web.url}/gen?size=${3 * MB}&name=report.dat thanks`);
    const msg = await h.waitForFile(u.id);
    expect(msg.method).toBe('sendDocument');
    expect(msg.file!.sha256).toBe(generatedSha256(3 * MB));
    expect(msg.file!.filename).toBe('report.dat');
    expect(msg.caption).toContain('report.dat');
    expect(msg.caption).toContain('3.0 MB');
    // The status message showed progress and was removed at the end.
    const status = h.api.messagesTo(u.id).find((m) => m.method === 'sendMessage');
    expect(status!.edits).toBeGreaterThan(0);
    await waitUntil(() => status!.deleted, 3000, 'status message removed');
    await h.expectTmpEmpty();
  });

  it('sends a real mp4 as a streaming video with duration, width, height and a thumbnail', async () => {
    const mp4 = makeMp4(3, 320, 240);
    const url = h.web.addFile('clip.mp4', mp4, 'video/mp4');
    const u = user(802);
    h.api.sendText(u, url);
    const msg = await h.waitForFile(u.id);
    expect(msg.method).toBe('sendVideo');
    expect(msg.file!.sha256).toBe(sha256File(mp4));
    expect(msg.params).toMatchObject({ duration: 3, width: 320, height: 240, supports_streaming: true });
    const call = callTo('sendVideo', u.id)[0]!;
    expect(call.files.thumbnail?.size).toBeGreaterThan(0);
  });

  it('lets Telegram fetch a plain file by URL first, and falls back to a download when refused', async () => {
    const u = user(803);
    h.api.sendText(u, `${h.web.url}/gen/file.bin?size=${MB}`);
    const first = await h.waitForFile(u.id);
    expect(callTo('sendDocument', u.id)[0]!.params.document).toMatch(/^http/);
    expect(first.file!.sha256).toBe(generatedSha256(MB));

    h.api.setRefuseUrlSends(true);
    const v = user(804);
    h.api.sendText(v, `${h.web.url}/gen/file.bin?size=${MB}&x=2`);
    const second = await h.waitForFile(v.id);
    expect(second.file!.sha256).toBe(generatedSha256(MB));
    expect(callTo('sendDocument', v.id).at(-1)!.files.document).toBeDefined();
    h.api.setRefuseUrlSends(false);
  });

  it('answers the same link twice from the file_id cache without a second download', async () => {
    const u = user(805);
    const link = `${h.web.url}/gen?size=${MB}&name=same.dat`;
    h.api.sendText(u, link);
    const first = await h.waitForFile(u.id);
    const gets = h.web.requests.filter((r) => r.method === 'GET').length;
    h.api.sendText(u, link);
    await waitUntil(() => h.files(u.id).length === 2, 15_000, 'second delivery');
    const last = callTo('sendDocument', u.id).at(-1)!;
    expect(last.params.document).toBe(first.file!.fileId);
    expect(h.web.requests.filter((r) => r.method === 'GET').length).toBe(gets);
  });

  it('produces a valid mp4 (ffprobe reads the delivered bytes)', async () => {
    const mp4 = makeMp4(2, 176, 144);
    const u = user(806);
    h.api.sendText(u, h.web.addFile('small.mp4', mp4, 'video/mp4'));
    const msg = await h.waitForFile(u.id);
    const out = execFileSync(
      'ffprobe',
      ['-v', 'error', '-show_entries', 'stream=codec_type', '-of', 'csv=p=0', msg.file!.path],
      { encoding: 'utf8' },
    );
    expect(out).toContain('video');
  });
});
