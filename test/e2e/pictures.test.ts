import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, makePng, makeWidePng, sha256File } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';

/** Direct picture links arrive as photos; what Telegram would refuse as a photo, as a document. */
describe('pictures as pictures', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    // A picture whose URL names no file: the bot downloads it and decides by its bytes.
    for (const [route, file] of [
      ['/picture', makePng],
      ['/wide-picture', makeWidePng],
    ] as const)
      h.web.route(route, (_req, res) => {
        const body = readFileSync(file());
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': body.length }).end(body);
      });
    await h.start({ DEFAULT_LANGUAGE: 'en' }, 'pictures');
  });
  afterAll(() => h.close());

  const sent = async (id: number, url: string) => {
    h.api.sendText(user(id), url);
    return h.waitForFile(id);
  };
  const photoCalls = (chatId: number) =>
    h.api.calls.filter((c) => c.method === 'sendPhoto' && Number(c.params.chat_id) === chatId);

  it('sends direct PNG and JPEG links with sendPhoto, and the same link again from the cache', async () => {
    const png = await sent(4101, h.web.addFile('pic.png', makePng(), 'image/png'));
    expect(png.method).toBe('sendPhoto');
    expect(png.file!.sha256).toBe(sha256File(makePng()));
    const jpeg = await sent(4102, h.web.addFile('pic.jpg', makeJpeg(), 'image/jpeg'));
    expect(jpeg.method).toBe('sendPhoto');
    const again = await sent(4103, `${h.web.url}/files/pic.png`);
    expect(again.method).toBe('sendPhoto');
    // Resent by its file_id: Telegram was not asked to fetch the URL again.
    expect(photoCalls(4103).map((c) => c.params.photo)).toEqual([png.file!.fileId]);
  });

  it('uploads a downloaded picture as a photo, judged by its bytes', async () => {
    const photo = await sent(4104, `${h.web.url}/picture`);
    expect(photo.method).toBe('sendPhoto');
    expect(photo.file!.sha256).toBe(sha256File(makePng()));
  });

  it('sends a picture beyond the photo dimensions as a document, intact', async () => {
    // Downloaded: our own check sends it as a document without trying a photo.
    const downloaded = await sent(4105, `${h.web.url}/wide-picture`);
    expect(downloaded.method).toBe('sendDocument');
    expect(photoCalls(4105)).toEqual([]);
    // By URL: Telegram refuses the photo, and the document goes by URL instead.
    const byUrl = await sent(4106, h.web.addFile('wide.png', makeWidePng(), 'image/png'));
    expect(byUrl.method).toBe('sendDocument');
    expect(byUrl.file!.sha256).toBe(sha256File(makeWidePng()));
  });

  it('falls back to a document, byte for byte, when Telegram cannot process the photo', async () => {
    const broken = path.join(tmpdir(), `broken-${process.pid}.jpg`);
    const whole = readFileSync(makeJpeg());
    writeFileSync(broken, whole.subarray(0, whole.length - 200));
    const doc = await sent(4107, h.web.addFile('broken.jpg', broken, 'image/jpeg'));
    expect(doc.method).toBe('sendDocument');
    expect(doc.file!.sha256).toBe(sha256File(broken));
    expect(photoCalls(4107)).toHaveLength(1);
    await h.expectTmpEmpty();
  });
});
