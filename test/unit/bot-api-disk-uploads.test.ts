import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GrammyError, InputMediaBuilder } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/bot/api-config.js';
import { botApiDiskUploads } from '../../src/delivery/bot-api-disk-uploads.js';
import { DiskFile } from '../../src/delivery/disk-file.js';
import { createGrowth } from '../../src/download/growing-file.js';
import { type BotApiDouble, startBotApiDouble } from '../support/bot-api-double.js';
import { makeJpeg, makeMp4, sha256File } from '../support/media.js';
import { openOn } from '../support/open-files.js';
import { TEST_TOKEN } from '../support/spawn-bot.js';

const MB = 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), 'disk-uploads-'));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A file of `size` bytes that differ along its length, so a misplaced piece shows. */
function fileOf(name: string, size: number): { file: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i + 4 <= size; i += 4) bytes.writeUInt32LE(i, i);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { file, bytes };
}

function uploadClient(apiRoot: string, retries = true, timeoutSeconds = 30) {
  return createApiClient(TEST_TOKEN, {
    apiRoot,
    timeoutSeconds,
    retries,
    transport: botApiDiskUploads({ apiRoot, token: TEST_TOKEN, timeoutSeconds }),
  });
}

describe('Bot API uploads from disk', () => {
  let api: BotApiDouble;
  beforeAll(async () => {
    api = await startBotApiDouble({ token: TEST_TOKEN });
  });
  afterAll(() => api.close());

  it('sends the file, its thumbnail and every option as Telegram reads them', async () => {
    const video = fileOf('clip.mp4', 5 * MB + 3);
    const thumb = fileOf('thumb.jpg', 20_000);
    const signal = AbortSignal.timeout(20_000);
    const msg = await uploadClient(api.url).sendVideo(
      7,
      new DiskFile({ file: video.file, length: video.bytes.length, signal }, 'ویدیو ۱.mp4'),
      {
        caption: 'سلام <b>there</b>',
        parse_mode: 'HTML',
        supports_streaming: true,
        duration: 12,
        thumbnail: new DiskFile({ file: thumb.file, signal }, 'thumb.jpg'),
        reply_parameters: { message_id: 41, allow_sending_without_reply: true },
      },
    );
    expect(msg.video?.file_id).toBeTruthy();
    const call = api.callsTo('sendVideo').at(-1)!;
    expect(call.params).toMatchObject({
      chat_id: 7,
      caption: 'سلام <b>there</b>',
      parse_mode: 'HTML',
      supports_streaming: true,
      duration: 12,
      reply_parameters: { message_id: 41, allow_sending_without_reply: true },
    });
    const sent = Object.values(call.files);
    const byName = (name: string) => sent.find((f) => f.filename === name);
    expect(byName('ویدیو ۱.mp4')).toMatchObject({ size: video.bytes.length, sha256: sha256(video.bytes) });
    expect(byName('thumb.jpg')).toMatchObject({ size: 20_000, sha256: sha256(thumb.bytes) });
  });

  it('sends a byte range of a file, and an album', async () => {
    const big = fileOf('big.bin', 3 * MB);
    const signal = AbortSignal.timeout(20_000);
    const start = 1 * MB + 17;
    const length = 1 * MB + 5;
    await uploadClient(api.url).sendDocument(
      8,
      new DiskFile({ file: big.file, start, length, signal }, 'part 2.bin'),
    );
    const part = Object.values(api.callsTo('sendDocument').at(-1)!.files)[0]!;
    expect(part).toMatchObject({ size: length, sha256: sha256(big.bytes.subarray(start, start + length)) });

    const [photo, video] = [makeJpeg(), makeMp4()];
    await uploadClient(api.url).sendMediaGroup(8, [
      InputMediaBuilder.photo(new DiskFile({ file: photo, signal }, 'a.jpg'), { caption: 'two' }),
      InputMediaBuilder.video(new DiskFile({ file: video, signal }, 'b.mp4')),
    ]);
    const album = api.callsTo('sendMediaGroup').at(-1)!;
    expect((album.params.media as { caption?: string }[])[0]?.caption).toBe('two');
    expect(Object.values(album.files).map((f) => f.sha256)).toEqual([sha256File(photo), sha256File(video)]);
  });

  it('reads a file as it lands and ends when it has landed', async () => {
    const whole = fileOf('landing.bin', 4 * MB);
    writeFileSync(whole.file, whole.bytes.subarray(0, 1 * MB));
    const growth = createGrowth(whole.bytes.length, async () => {});
    growth.advance(1 * MB);
    let read = 0;
    const sent = uploadClient(api.url).sendDocument(
      9,
      new DiskFile(
        {
          file: whole.file,
          length: whole.bytes.length,
          growing: growth.file,
          signal: AbortSignal.timeout(20_000),
          onRead: (n) => {
            read = n;
          },
        },
        'landing.bin',
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(read).toBe(1 * MB); // it waits for the rest, not reading past what landed
    writeFileSync(whole.file, whole.bytes);
    growth.advance(whole.bytes.length);
    growth.finish();
    await sent;
    const part = Object.values(api.callsTo('sendDocument').at(-1)!.files)[0]!;
    expect(part).toMatchObject({ size: whole.bytes.length, sha256: sha256(whole.bytes) });
  });

  it('stops, and leaves no descriptor open, when the call is cancelled or the server cuts it', async () => {
    const { file } = fileOf('cut.bin', 8 * MB);
    api.uploadBytesPerSecond = 2 * MB;
    const cancel = new AbortController();
    const sending = uploadClient(api.url).sendDocument(
      10,
      new DiskFile({ file, length: 8 * MB, signal: cancel.signal }, 'cut.bin'),
      undefined,
      cancel.signal as never,
    );
    setTimeout(() => cancel.abort(new Error('the user cancelled')), 300);
    const t = Date.now();
    await expect(sending).rejects.toThrow(/sendDocument/);
    expect(Date.now() - t).toBeLessThan(3000);
    api.uploadBytesPerSecond = undefined;

    api.cutUpload = () => 1 * MB;
    const client = uploadClient(api.url, false);
    const signal = AbortSignal.timeout(10_000);
    await expect(
      client.sendDocument(10, new DiskFile({ file, length: 8 * MB, signal }, 'cut.bin')),
    ).rejects.toThrow(/sendDocument/);
    api.cutUpload = undefined;
    await new Promise((r) => setTimeout(r, 300));
    expect(openOn(file)).toBe(0);
  });

  it('gives a refusal that is not JSON as the status Telegram answered, without sending the rest', async () => {
    let received = 0;
    const server = createServer((req, res) => {
      req.on('data', (c: Buffer) => {
        received += c.length;
      });
      res.writeHead(413, { connection: 'close' }).end('Request Entity Too Large');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { file } = fileOf('huge.bin', 64 * MB);
    const client = uploadClient(root);
    const err = await client
      .sendDocument(
        11,
        new DiskFile({ file, length: 64 * MB, signal: AbortSignal.timeout(10_000) }, 'huge.bin'),
      )
      .catch((e: unknown) => e);
    server.close();
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(413);
    expect(received).toBeLessThan(16 * MB);
  });
});
