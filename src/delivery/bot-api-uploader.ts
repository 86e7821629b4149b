import { type Api, GrammyError, InputMediaBuilder } from 'grammy';
import type { Message } from 'grammy/types';
import type { SendMethod } from '../pipeline/types.js';
import { DiskFile } from './disk-file.js';
import { methodFor, sendWith } from './send-methods.js';
import type { Sent, Upload, Uploader } from './types.js';

/**
 * Uploads through the Bot API, streamed from disk (`DiskFile`: each try, as auto-retry makes on
 * 429/5xx, reads the file afresh; `bot-api-disk-uploads.ts` sends it). A video, animation
 * or photo that Telegram rejects (a picture it cannot process, say) goes out again as a document.
 *
 * With `localFiles` the Bot API is a `telegram-bot-api --local` server on this disk: a whole file
 * is sent as its `file://` path, which the server reads itself (no multipart copy); a byte range
 * of a file (a raw split part) still goes as an upload. (A file still landing is awaited: the
 * server would not start sending it to Telegram before the whole multipart body arrived anyway.)
 *
 * A growing file is read as it lands; when its download fails, the request is aborted, so
 * auto-retry does not send it again.
 */
export function createBotApiUploader(api: Api, opts: { localFiles?: boolean } = {}): Uploader {
  async function send(method: SendMethod, u: Upload): Promise<Sent> {
    const byPath = opts.localFiles && !u.start;
    // A local server reads a path only once the request is whole, so it takes the finished file.
    if (byPath) await u.growing?.finished;
    const range = {
      file: u.file,
      start: u.start,
      length: u.size,
      growing: u.growing,
      signal: u.signal,
      onRead: (done: number) => u.onProgress?.(done, u.size),
    };
    const input = byPath ? `file://${u.file}` : new DiskFile(range, u.filename);
    const thumbnail = u.thumbnail
      ? new DiskFile({ file: u.thumbnail, signal: u.signal }, 'thumb.jpg')
      : undefined;
    const control = new AbortController();
    const abort = () => control.abort(u.signal.reason);
    u.signal.addEventListener('abort', abort, { once: true });
    u.growing?.finished.catch((err: unknown) => control.abort(err));
    try {
      const msg = await sendWith(
        api,
        method,
        u.chatId,
        input,
        { caption: u.caption, media: u.media, thumbnail, target: u.target },
        control.signal,
      );
      return { method, fileId: fileIdOf(msg), messageId: msg.message_id };
    } finally {
      u.signal.removeEventListener('abort', abort);
      closeAll([input, thumbnail]);
    }
  }

  return {
    async uploadGroup(g) {
      let done = 0;
      const files: DiskFile[] = [];
      const diskFile = (file: string, filename: string, counted: boolean) => {
        let before = 0;
        const onRead = (bytes: number) => {
          done += bytes - before;
          before = bytes;
          g.onProgress?.(done);
        };
        const input = new DiskFile(
          { file, signal: g.signal, onRead: counted ? onRead : undefined },
          filename,
        );
        files.push(input);
        return input;
      };
      const media = g.items.map((item, i) => {
        const input = diskFile(item.file, item.filename, true);
        const thumbnail = item.thumbnail ? diskFile(item.thumbnail, 'thumb.jpg', false) : undefined;
        const caption = i === 0 ? g.caption : undefined;
        const m = item.media;
        return m.kind === 'photo'
          ? InputMediaBuilder.photo(input, { caption })
          : InputMediaBuilder.video(input, {
              caption,
              thumbnail,
              supports_streaming: true,
              duration: m.duration,
              width: m.width,
              height: m.height,
            });
      });
      const sent = await api
        .sendMediaGroup(g.chatId, media, g.target, g.signal as never)
        .finally(() => closeAll(files));
      const first = sent[0]!;
      return {
        method: 'sendMediaGroup',
        fileId: fileIdOf(first),
        messageId: first.message_id,
        items: sent.map((msg, i) => ({
          type: g.items[i]!.media.kind === 'photo' ? 'photo' : 'video',
          fileId: fileIdOf(msg),
        })),
      };
    },
    async upload(u) {
      const method = methodFor(u.media.kind);
      try {
        return await send(method, u);
      } catch (err) {
        if (method !== 'sendDocument' && err instanceof GrammyError && err.error_code === 400) {
          return send('sendDocument', u);
        }
        throw err;
      }
    },
  };
}

/** Ends reads a failed or cut request left unfinished. */
function closeAll(files: (DiskFile | string | undefined)[]): void {
  for (const file of files) if (file instanceof DiskFile) file.close();
}

export function fileIdOf(msg: Message): string {
  const id =
    msg.video?.file_id ??
    msg.animation?.file_id ??
    msg.audio?.file_id ??
    msg.document?.file_id ??
    msg.photo?.at(-1)?.file_id;
  if (!id) throw new Error('Telegram returned a message without a file');
  return id;
}
