import { type Api, GrammyError, InputMediaBuilder } from 'grammy';
import { filenameFromUrl, sanitizeFilename } from '../download/filename.js';
import { fileCacheKey } from '../pipeline/file-shape.js';
import { replyTarget } from '../pipeline/reply-target.js';
import type { SendMethod } from '../pipeline/types.js';
import { type Delivered, JobFailure, type JobIO, type LocalFile } from '../pipeline/types.js';
import type { FileCache, JobRecord } from '../storage/types.js';
import { deliverAlbum } from './deliver-album.js';
import { caption, type DeliveryDeps, deliverFile, partBytes } from './deliver-file.js';
import { isSendMethod, sendWith } from './send-methods.js';
import type { AlbumSends } from './types.js';

/**
 * Everything that puts a file into a chat: a cached file_id resent, a URL Telegram fetches
 * itself, or local files sent by the transport that fits (Bot API, local Bot API server, MTProto)
 * with their kind, metadata, thumbnail, splitting and captions. Every source delivers through it.
 */
export interface Delivery {
  /** The largest file this set-up can send: the Bot API's limit unless MTProto or a local server lift it. */
  readonly limitBytes: number;
  /** Throws the failure the user should hear for a file of this size, before anything is fetched. */
  checkSize(size: number | undefined): void;
  /** A fetch stopped at the limit: over the file limit, or only over what can be sent? */
  explainLimit(err: unknown): unknown;
  /**
   * Disk a direct download of this size needs while it is sent: its size, or two parts of a file
   * that goes out as raw parts, since each part is freed once sent (videos are cut from the
   * whole file, so they need all of it).
   */
  diskNeeded(size: number, contentType: string | undefined): number;
  resendCached(job: JobRecord, io: JobIO): Promise<Delivered | undefined>;
  /** Undefined when Telegram would not fetch it (the caller then downloads it). */
  sendByUrl(job: JobRecord, url: string, size: number | null): Promise<Delivered | undefined>;
  deliver(job: JobRecord, io: JobIO, files: LocalFile[]): Promise<Delivered>;
}

export function createDelivery(
  deps: DeliveryDeps & { api: Api; fileCache: FileCache; maxFileBytes: number },
): Delivery {
  const limitBytes = deps.largeUploader
    ? deps.maxFileBytes
    : Math.min(deps.maxFileBytes, deps.botApiLimitBytes);
  const keyOf = fileCacheKey;
  const remember = async (job: JobRecord, d: Delivered) => {
    const key = keyOf(job);
    if (key && d.sent.fileId)
      await deps.fileCache.put(
        key,
        { fileId: d.sent.fileId, method: d.sent.method, size: d.size },
        Date.now(),
      );
    return d;
  };
  const overUploadLimit = (size: number | undefined) =>
    new JobFailure('over-upload-limit', 'too large for the Bot API', { size, limit: deps.botApiLimitBytes });

  return {
    limitBytes,
    checkSize(size) {
      if (size === undefined) return;
      if (size > deps.maxFileBytes)
        throw new JobFailure('too-large', 'too large', { size, limit: deps.maxFileBytes });
      if (size > limitBytes) throw overUploadLimit(size);
    },
    diskNeeded(size, contentType) {
      const part = partBytes(deps);
      if (!deps.largeUploader || size <= part || /^video\//i.test(contentType ?? '')) return size;
      return Math.min(size, 2 * part);
    },
    explainLimit(err) {
      const tooLarge = err instanceof JobFailure && err.kind === 'too-large';
      return tooLarge && limitBytes < deps.maxFileBytes && (err.extra.size ?? 0) <= deps.maxFileBytes
        ? overUploadLimit(err.extra.size)
        : err;
    },
    async resendCached(job, io) {
      const key = keyOf(job);
      const hit = key ? await deps.fileCache.get(key) : undefined;
      if (!key || !hit) return undefined;
      await io.shown();
      const method = isSendMethod(hit.method) ? hit.method : 'sendDocument';
      const text = caption(deps.t, job, nameFromUrl(job.url), hit.size);
      try {
        if (hit.method === ALBUM) {
          const sends = JSON.parse(hit.fileId) as AlbumSends;
          const messageId = await resendAlbum(deps.api, job, sends, text);
          const items = sends.reduce((n, s) => n + ('group' in s ? s.group.length : 1), 0);
          return { size: hit.size, items, sent: { method: ALBUM, fileId: hit.fileId, messageId } };
        }
        const msg = await sendWith(deps.api, method, job.chatId, hit.fileId, {
          caption: text,
          target: replyTarget(job),
        });
        return { size: hit.size, sent: { method, fileId: hit.fileId, messageId: msg.message_id } };
      } catch (err) {
        if (err instanceof GrammyError && err.error_code === 400) {
          await deps.fileCache.delete(key);
          return undefined;
        }
        throw err;
      }
    },
    async sendByUrl(job, url, size) {
      // A picture Telegram fetches is offered as a photo first; refused, as a document.
      const methods: SendMethod[] =
        PICTURE.test(new URL(url).pathname) && (size ?? 0) <= PHOTO_BY_URL_LIMIT
          ? ['sendPhoto', 'sendDocument']
          : ['sendDocument'];
      for (const method of methods) {
        try {
          const msg = await sendWith(deps.api, method, job.chatId, url, {
            caption: caption(deps.t, job, nameFromUrl(url), size),
            target: replyTarget(job),
          });
          const file = method === 'sendPhoto' ? msg.photo?.at(-1) : msg.document;
          if (!file?.file_id) return undefined;
          return await remember(job, {
            size: file.file_size ?? size,
            sent: { method, fileId: file.file_id, messageId: msg.message_id },
          });
        } catch (err) {
          if (!(err instanceof GrammyError && err.error_code === 400)) throw err;
        }
      }
      return undefined;
    },
    async deliver(job, io, files) {
      if (!files.length) throw new JobFailure('unsupported', 'nothing to deliver');
      if (files.length > 1) {
        const { last, sends } = await deliverAlbum(deps, job, io, files);
        const size = files.reduce((n, f) => n + f.size, 0);
        // The album is kept as its sends (JSON) under the link's key: the same post again is instant.
        if (!sends) return { size, items: files.length, sent: last };
        return remember(job, {
          size,
          items: files.length,
          sent: { method: ALBUM, fileId: JSON.stringify(sends), messageId: last.messageId },
        });
      }
      return remember(job, { size: files[0]!.size, sent: await deliverFile(deps, job, io, files[0]!) });
    },
  };
}

/** The file_id cache's method for a link delivered as several files. */
const ALBUM = 'album';

/** Sends a cached album again by file_id; the caption goes on its first item. */
async function resendAlbum(api: Api, job: JobRecord, sends: AlbumSends, text: string): Promise<number> {
  let first: number | undefined;
  for (const s of sends) {
    const caption = first === undefined ? text : undefined;
    const msg =
      'group' in s
        ? (
            await api.sendMediaGroup(
              job.chatId,
              s.group.map((item, i) =>
                InputMediaBuilder[item.type](item.fileId, { caption: i === 0 ? caption : undefined }),
              ),
              replyTarget(job),
            )
          )[0]!
        : await sendWith(api, s.method, job.chatId, s.fileId, {
            caption: caption ?? '',
            target: replyTarget(job),
          });
    first ??= msg.message_id;
  }
  return first!;
}

const PICTURE = /\.(jpe?g|png|webp)$/i;
/** Telegram fetches photos by URL up to 5 MB (documents up to 20 MB). */
const PHOTO_BY_URL_LIMIT = 5 * 1024 * 1024;

function nameFromUrl(url: string): string {
  return sanitizeFilename(filenameFromUrl(new URL(url)), new URL(url).hostname);
}
