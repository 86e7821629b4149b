import path from 'node:path';
import { Long, type tl } from '@mtcute/core';
import { HttpProxyTcpTransport, SocksProxyTcpTransport, TelegramClient } from '@mtcute/node';
import type { MtprotoSession } from './types.js';

/**
 * The real MTProto session with mtcute (0.30, the last line for Node 20): logged in as the bot,
 * updates off (Bot API polling or the webhook gets them), its session file in DATA_DIR so a
 * restart does not log in again.
 */
export async function connectMtcute(opts: {
  apiId: number;
  apiHash: string;
  botToken: string;
  dataDir: string;
  proxyUrl?: string;
  signal: AbortSignal;
}): Promise<MtprotoSession> {
  const client = new TelegramClient({
    apiId: opts.apiId,
    apiHash: opts.apiHash,
    storage: path.join(opts.dataDir, 'mtproto.session'),
    disableUpdates: true,
    transport: proxyTransport(opts.proxyUrl),
  });
  opts.signal.addEventListener('abort', () => void client.destroy().catch(() => {}), { once: true });
  await client.start({ botToken: opts.botToken });

  const toLong = (v: bigint) => Long.fromString(v.toString());
  return {
    async saveBigFilePart(p, signal) {
      const ok = await client.call(
        {
          _: 'upload.saveBigFilePart',
          fileId: toLong(p.fileId),
          filePart: p.index,
          fileTotalParts: p.total,
          bytes: p.bytes,
        },
        { abortSignal: signal },
      );
      if (!ok) throw new Error('saveBigFilePart returned false');
    },
    async sendUploaded(m) {
      const file: tl.TypeInputFile = {
        _: 'inputFileBig',
        id: toLong(m.fileId),
        parts: m.totalParts,
        name: m.fileName,
      };
      const common = { file, fileName: m.fileName, fileMime: m.mime, caption: m.caption, thumb: m.thumbnail };
      const media =
        m.method === 'sendVideo' || m.method === 'sendAnimation'
          ? {
              type: 'video' as const,
              ...common,
              duration: m.duration,
              width: m.width,
              height: m.height,
              supportsStreaming: true,
              isAnimated: m.method === 'sendAnimation',
            }
          : m.method === 'sendAudio'
            ? {
                type: 'audio' as const,
                ...common,
                duration: m.duration,
                title: m.title,
                performer: m.performer,
              }
            : { type: 'document' as const, ...common };
      const msg = await client.sendMedia(m.chatId, media, m.replyTo ? { replyTo: m.replyTo } : undefined);
      const doc = msg.media as { fileId?: string } | null;
      if (!doc?.fileId) throw new Error('Telegram returned a message without a file');
      return { fileId: doc.fileId, messageId: msg.id };
    },
    // Floods are not slept here: the caller waits them out within its own bound.
    downloadChunk: (p, signal) =>
      client.downloadChunk({
        location: p.fileId,
        offset: p.offset,
        limit: p.limit,
        abortSignal: signal,
        floodSleepThreshold: 0,
      }),
    async fileIdOfMessage(chatId, messageId, signal) {
      signal.throwIfAborted();
      const [message] = await client.getMessages(chatId, messageId);
      const media = message?.media as { fileId?: unknown } | null | undefined;
      return typeof media?.fileId === 'string' ? media.fileId : undefined;
    },
    close: () => client.destroy(),
  };
}

/** PROXY_URL (http, https or socks) for MTProto traffic too. */
function proxyTransport(proxyUrl: string | undefined) {
  if (!proxyUrl) return undefined;
  const u = new URL(proxyUrl);
  const settings = {
    host: u.hostname,
    port: Number(u.port || (u.protocol === 'https:' ? 443 : u.protocol.startsWith('socks') ? 1080 : 80)),
    user: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
  };
  return u.protocol.startsWith('socks')
    ? new SocksProxyTcpTransport({ ...settings, version: u.protocol === 'socks4:' ? 4 : 5 })
    : new HttpProxyTcpTransport({ ...settings, tls: u.protocol === 'https:' });
}
