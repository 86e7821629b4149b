import { createReadStream } from 'node:fs';
import type { Api } from 'grammy';
import type { Config } from '../config.js';

/** What the Bot API's getFile can fetch: Telegram's limit without a local Bot API server. */
export const BOT_API_GET_FILE_LIMIT = 20 * 1024 * 1024;
/** Telegram's largest file. */
const TELEGRAM_MAX = 4 * 1024 ** 3;
const PATH_TTL_MS = 30 * 60_000;
const PATHS_KEPT = 500;

/** A file in Telegram, and the message holding it (an MTProto file reference is renewed from it). */
export interface FileRef {
  fileId: string;
  chatId: number | null;
  messageId: number | null;
  /** Told when the file_id was renewed, so the next request starts with it. */
  onNewFileId?: (fileId: string) => void;
}

/** Bytes of a file in Telegram, fetched per request; nothing is kept whole in memory or on disk. */
export interface TelegramBytes {
  /** The largest file this path can serve, and the variable that lifts it. */
  limit: { bytes: number; liftedBy: string | undefined };
  /**
   * Bytes `start` to `end` (inclusive) of the file, read as the caller pulls (nothing is read
   * ahead of the caller beyond the source's own window); `signal` stops it.
   */
  open(file: FileRef, start: number, end: number, signal: AbortSignal): Promise<AsyncIterable<Uint8Array>>;
}

/**
 * Through the Bot API: getFile gives a path (kept for half an hour; Telegram's lasts an hour),
 * then Telegram's file endpoint is asked for the range. A local Bot API server (BOT_API_LOCAL)
 * answers with a path on this disk, of any size, which is read directly.
 */
export function createBotApiBytes(
  api: Api,
  config: Pick<Config, 'apiRoot' | 'botToken' | 'botApiLocal'>,
): TelegramBytes {
  const paths = new Map<string, { path: string; at: number }>();
  async function pathOf(fileId: string, signal: AbortSignal): Promise<string> {
    const known = paths.get(fileId);
    if (known && Date.now() - known.at < PATH_TTL_MS) return known.path;
    // grammY types its signal as abort-controller's polyfill; Node's is the same at run time.
    const file = await api.getFile(fileId, signal as Parameters<Api['getFile']>[1]);
    if (!file.file_path) throw new Error('Telegram gave no path for the file');
    if (paths.size >= PATHS_KEPT) paths.delete(paths.keys().next().value!);
    paths.set(fileId, { path: file.file_path, at: Date.now() });
    return file.file_path;
  }
  return {
    limit: config.botApiLocal
      ? { bytes: TELEGRAM_MAX, liftedBy: undefined }
      : { bytes: BOT_API_GET_FILE_LIMIT, liftedBy: 'BOT_API_LOCAL' },
    async open({ fileId }, start, end, signal) {
      const filePath = await pathOf(fileId, signal);
      if (config.botApiLocal && filePath.startsWith('/')) {
        const stream = createReadStream(filePath, { start, end, highWaterMark: 256 * 1024 });
        signal.addEventListener('abort', () => stream.destroy(), { once: true });
        return stream;
      }
      const res = await fetch(`${config.apiRoot}/file/bot${config.botToken}/${filePath}`, {
        headers: { range: `bytes=${start}-${end}` },
        signal,
      });
      if (!res.body || (res.status !== 206 && res.status !== 200)) {
        await res.body?.cancel();
        if (res.status === 404) paths.delete(fileId);
        throw new Error(`Telegram's file endpoint answered ${res.status}`);
      }
      const body = res.body as unknown as AsyncIterable<Uint8Array>;
      return res.status === 206 ? body : slice(body, start, end);
    },
  };
}

/** A server that ignored the Range header sent the whole file: pass on only the range. */
async function* slice(
  body: AsyncIterable<Uint8Array>,
  start: number,
  end: number,
): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for await (const chunk of body) {
    const from = Math.max(0, start - offset);
    const to = Math.min(chunk.length, end + 1 - offset);
    offset += chunk.length;
    if (to > from) yield chunk.subarray(from, to);
    if (offset > end) return;
  }
}
