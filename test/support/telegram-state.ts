import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { UploadedPart } from './multipart.js';

/** What the Bot API double remembers: updates, chats, messages and stored files. */

export interface StoredFile {
  fileId: string;
  path: string;
  size: number;
  sha256: string;
  mimeType: string;
  filename: string;
}

export interface SentMessage {
  message_id: number;
  chat: { id: number; type: string };
  date: number;
  text?: string;
  caption?: string;
  reply_markup?: { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][] };
  method: string;
  file?: StoredFile;
  params: Record<string, unknown>;
  deleted?: boolean;
  edits: number;
  /** When the double created it, in ms (Telegram's `date` has whole seconds only). */
  sentAt: number;
}

export interface TestUser {
  id: number;
  first_name: string;
  language_code?: string;
  username?: string;
}

/**
 * As Telegram's photo processing: at most 10 MB, a whole JPEG (ends with EOI), a PNG (ends with
 * IEND) within the photo dimensions (width + height <= 10000, sides at most 20:1), or a WebP.
 */
async function processablePicture(file: string, size: number): Promise<'ok' | string> {
  if (size > 10 * 1024 * 1024) return 'Bad Request: PHOTO_SAVE_FILE_INVALID';
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(24);
    const tail = Buffer.alloc(12);
    await handle.read(head, 0, 24, 0);
    await handle.read(tail, 0, 12, Math.max(0, size - 12));
    if (head[0] === 0xff && head[1] === 0xd8)
      return tail[10] === 0xff && tail[11] === 0xd9 ? 'ok' : 'Bad Request: IMAGE_PROCESS_FAILED';
    if (head.subarray(1, 4).toString() === 'PNG') {
      if (tail.subarray(4, 8).toString() !== 'IEND') return 'Bad Request: IMAGE_PROCESS_FAILED';
      const [w, h] = [head.readUInt32BE(16), head.readUInt32BE(20)];
      return w + h <= 10_000 && Math.max(w, h) <= 20 * Math.min(w, h)
        ? 'ok'
        : 'Bad Request: PHOTO_INVALID_DIMENSIONS';
    }
    const webp = head.subarray(0, 4).toString() === 'RIFF' && head.subarray(8, 12).toString() === 'WEBP';
    return webp ? 'ok' : 'Bad Request: IMAGE_PROCESS_FAILED';
  } finally {
    await handle.close();
  }
}

type Result = { ok: true; result: unknown } | { ok: false; code: number; description: string };

const BOT = { id: 1000001, is_bot: true, first_name: 'Pishtaz Test', username: 'pishtaz_test_bot' };
const SEND_FILE = {
  sendDocument: 'document',
  sendVideo: 'video',
  sendAnimation: 'animation',
  sendAudio: 'audio',
  sendPhoto: 'photo',
} as const;

export function createTelegramState(opts: {
  dir: string;
  urlSendLimitBytes: number;
  /** As `telegram-bot-api --local`: a `file://` path names a file on this disk to send. */
  localFiles?: boolean;
}) {
  let nextUpdateId = 1;
  let nextMessageId = 1;
  const updates: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  const messages: SentMessage[] = [];
  const files = new Map<string, StoredFile>();
  /** Every `file://` path a send named (local mode). */
  const localSends: string[] = [];
  const blocked = new Set<number>();
  /** `${chatId}:${userId}` of group administrators (getChatMember answers accordingly). */
  const groupAdmins = new Set<string>();
  const userMessages = new Map<number, number>();
  let webhook = { url: '', secret_token: undefined as string | undefined };
  let refuseUrlSends = false;

  const ok = (result: unknown): Result => ({ ok: true, result });
  const bad = (description: string, code = 400): Result => ({ ok: false, code, description });
  const findMessage = (chatId: unknown, messageId: unknown) =>
    messages.find((m) => m.chat.id === Number(chatId) && m.message_id === Number(messageId) && !m.deleted);

  function pushUpdate(update: Record<string, unknown>): number {
    const id = nextUpdateId++;
    updates.push({ update_id: id, ...update });
    for (const w of waiters) w();
    return id;
  }

  async function getUpdates(params: Record<string, unknown>, signal: AbortSignal): Promise<Result> {
    if (webhook.url)
      return bad(
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        409,
      );
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(100, Number(params.limit ?? 100));
    const timeoutMs = Number(params.timeout ?? 0) * 1000;
    while (updates.length && Number(updates[0]!.update_id) < offset) updates.shift();
    if (!updates.length && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          waiters.delete(done);
          clearTimeout(t);
          resolve();
        };
        const t = setTimeout(done, timeoutMs);
        waiters.add(done);
        signal.addEventListener('abort', done);
      });
    }
    return ok(updates.filter((u) => Number(u.update_id) >= offset).slice(0, limit));
  }

  /** The local server reads the file before it answers, so the bot may delete it right after. */
  async function storeFromDisk(file: string, name: unknown): Promise<StoredFile | undefined> {
    if (!path.isAbsolute(file)) return undefined;
    const target = path.join(opts.dir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    try {
      await pipeline(
        createReadStream(file),
        new Transform({
          transform(chunk: Buffer, _e, cb) {
            size += chunk.length;
            hash.update(chunk);
            cb(null, chunk);
          },
        }),
        createWriteStream(target),
      );
    } catch {
      return undefined;
    }
    return register({
      path: target,
      size,
      sha256: hash.digest('hex'),
      // Telegram gives a document's MIME type from its name, as this does for the few used here.
      mimeType:
        ({ mp4: 'video/mp4', webm: 'video/webm', mp3: 'audio/mpeg' } as Record<string, string>)[
          path.extname(typeof name === 'string' ? name : file).slice(1)
        ] ?? 'application/octet-stream',
      filename: typeof name === 'string' ? name : path.basename(file),
    });
  }

  async function storeFromUrl(url: string, signal: AbortSignal): Promise<StoredFile | undefined> {
    if (refuseUrlSends) return undefined;
    try {
      const res = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(15_000)]) });
      if (!res.ok || !res.body) return undefined;
      const declared = Number(res.headers.get('content-length') ?? 0);
      if (declared > opts.urlSendLimitBytes) return undefined;
      const target = path.join(opts.dir, randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      const limit = opts.urlSendLimitBytes;
      await pipeline(
        Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
        new Transform({
          transform(chunk: Buffer, _e, cb) {
            size += chunk.length;
            if (size > limit) return cb(new Error('too large'));
            hash.update(chunk);
            cb(null, chunk);
          },
        }),
        createWriteStream(target),
      );
      const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'file');
      return register({
        path: target,
        size,
        sha256: hash.digest('hex'),
        mimeType: res.headers.get('content-type') ?? 'application/octet-stream',
        filename: name,
      });
    } catch {
      return undefined;
    }
  }

  function register(f: Omit<StoredFile, 'fileId'>): StoredFile {
    const stored = { ...f, fileId: `FILE_${randomUUID().replace(/-/g, '')}` };
    files.set(stored.fileId, stored);
    return stored;
  }

  function newMessage(
    method: string,
    chatId: number,
    params: Record<string, unknown>,
    file?: StoredFile,
  ): SentMessage {
    const m: SentMessage = {
      message_id: nextMessageId++,
      chat: { id: chatId, type: chatId > 0 ? 'private' : 'group' },
      date: Math.floor(Date.now() / 1000),
      text: params.text as string | undefined,
      caption: params.caption as string | undefined,
      reply_markup: params.reply_markup as SentMessage['reply_markup'],
      method,
      file,
      params,
      edits: 0,
      sentAt: Date.now(),
    };
    messages.push(m);
    return m;
  }

  function publicMessage(m: SentMessage) {
    const base: Record<string, unknown> = { message_id: m.message_id, chat: m.chat, date: m.date, from: BOT };
    if (m.text !== undefined) base.text = m.text;
    if (m.caption !== undefined) base.caption = m.caption;
    if (m.reply_markup) base.reply_markup = m.reply_markup;
    if (m.file) {
      const kind = SEND_FILE[m.method as keyof typeof SEND_FILE] ?? 'document';
      const media = {
        file_id: m.file.fileId,
        file_unique_id: m.file.sha256.slice(0, 16),
        file_size: m.file.size,
        file_name: m.file.filename,
        mime_type: m.file.mimeType,
        duration: m.params.duration,
        width: m.params.width,
        height: m.params.height,
      };
      base[kind] = kind === 'photo' ? [media] : media;
    }
    return base;
  }

  async function call(
    method: string,
    params: Record<string, unknown>,
    uploaded: Record<string, UploadedPart>,
    signal: AbortSignal,
  ): Promise<Result> {
    const chatId = Number(params.chat_id);
    if (/^(send|forward|copy)/.test(method) && blocked.has(chatId))
      return bad('Forbidden: bot was blocked by the user', 403);
    switch (method) {
      case 'getMe':
        return ok({
          ...BOT,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        });
      case 'getUpdates':
        return getUpdates(params, signal);
      case 'sendMessage': {
        if (!params.text) return bad('Bad Request: message text is empty');
        const shown = params.parse_mode === 'HTML' ? renderHtml(String(params.text)) : String(params.text);
        if (shown === undefined) return bad("Bad Request: can't parse entities: unsupported start tag");
        if (shown.length > 4096) return bad('Bad Request: message is too long');
        const m = newMessage(method, chatId, params);
        m.text = shown;
        return ok(publicMessage(m));
      }
      case 'editMessageText':
      case 'editMessageReplyMarkup':
      case 'editMessageCaption': {
        const m = findMessage(params.chat_id, params.message_id);
        if (!m) return bad('Bad Request: message to edit not found');
        const raw = method === 'editMessageText' ? String(params.text ?? '') : m.text;
        const text =
          method === 'editMessageText' && params.parse_mode === 'HTML' ? renderHtml(raw ?? '') : raw;
        if (text === undefined && method === 'editMessageText')
          return bad("Bad Request: can't parse entities");
        const markup =
          method === 'editMessageReplyMarkup' || method === 'editMessageText'
            ? params.reply_markup
            : m.reply_markup;
        if (text === m.text && JSON.stringify(markup ?? null) === JSON.stringify(m.reply_markup ?? null)) {
          return bad(
            'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
          );
        }
        m.text = text;
        m.reply_markup = markup as SentMessage['reply_markup'];
        m.edits++;
        return ok(publicMessage(m));
      }
      case 'deleteMessage': {
        const m = findMessage(params.chat_id, params.message_id);
        if (!m) return bad('Bad Request: message to delete not found');
        m.deleted = true;
        return ok(true);
      }
      case 'getChatMember': {
        const admin = groupAdmins.has(`${chatId}:${Number(params.user_id)}`);
        return ok({
          status: admin ? 'administrator' : 'member',
          user: { id: Number(params.user_id), is_bot: false, first_name: 'member' },
        });
      }
      case 'answerCallbackQuery':
      case 'sendChatAction':
      case 'setMyCommands':
      case 'deleteMyCommands':
        return ok(true);
      case 'forwardMessage':
      case 'copyMessage':
        return ok(publicMessage(newMessage(method, chatId, params)));
      case 'setWebhook':
        webhook = { url: String(params.url ?? ''), secret_token: params.secret_token as string | undefined };
        return ok(true);
      case 'deleteWebhook':
        webhook = { url: '', secret_token: undefined };
        return ok(true);
      case 'getWebhookInfo':
        return ok({ url: webhook.url, has_custom_certificate: false, pending_update_count: 0 });
      case 'getFile': {
        const f = files.get(String(params.file_id));
        if (!f) return bad('Bad Request: invalid file_id');
        // Telegram's getFile stops at 20 MB; a local server gives the file's path on its disk.
        if (!opts.localFiles && f.size > 20 * 1024 * 1024) return bad('Bad Request: file is too big');
        return ok({
          file_id: f.fileId,
          file_unique_id: f.sha256.slice(0, 16),
          file_size: f.size,
          file_path: opts.localFiles ? f.path : `files/${f.fileId}`,
        });
      }
      case 'sendMediaGroup':
        return sendMediaGroup(chatId, params, uploaded);
      default:
        if (method in SEND_FILE)
          return sendFile(method as keyof typeof SEND_FILE, chatId, params, uploaded, signal);
        return bad('Not Found', 404);
    }
  }

  async function sendFile(
    method: keyof typeof SEND_FILE,
    chatId: number,
    params: Record<string, unknown>,
    uploaded: Record<string, UploadedPart>,
    signal: AbortSignal,
  ): Promise<Result> {
    const field = SEND_FILE[method];
    const part = uploaded[field];
    let file: StoredFile | undefined;
    if (part) {
      file = register({
        path: part.path,
        size: part.size,
        sha256: part.sha256,
        mimeType: part.mimeType,
        filename: part.filename,
      });
    } else {
      const ref = params[field];
      if (typeof ref !== 'string' || !ref) return bad(`Bad Request: there is no ${field} in the request`);
      if (/^https?:\/\//.test(ref)) {
        file = await storeFromUrl(ref, signal);
        if (!file) return bad('Bad Request: failed to get HTTP URL content');
      } else if (opts.localFiles && ref.startsWith('file://')) {
        file = await storeFromDisk(ref.slice('file://'.length), params.file_name);
        if (!file) return bad('Bad Request: file not found');
        localSends.push(ref);
      } else {
        file = files.get(ref);
        if (!file) return bad('Bad Request: wrong file identifier/HTTP URL specified');
      }
    }
    if (params.caption && String(params.caption).length > 1024)
      return bad('Bad Request: message caption is too long');
    if (method === 'sendPhoto') {
      const verdict = await processablePicture(file.path, file.size);
      if (verdict !== 'ok') return bad(verdict);
    }
    return ok(publicMessage(newMessage(method, chatId, params, file)));
  }

  /** An album: 2-10 photos and videos, uploaded as `attach://` parts or named by file_id. */
  async function sendMediaGroup(
    chatId: number,
    params: Record<string, unknown>,
    uploaded: Record<string, UploadedPart>,
  ): Promise<Result> {
    const media = (typeof params.media === 'string' ? JSON.parse(params.media) : params.media) as {
      type: string;
      media: string;
      caption?: string;
      [k: string]: unknown;
    }[];
    if (!Array.isArray(media) || media.length < 2 || media.length > 10)
      return bad('Bad Request: wrong number of media in the album (2-10)');
    if (media.some((m) => m.type !== 'photo' && m.type !== 'video'))
      return bad('Bad Request: only photos and videos can be mixed in an album');
    const stored: StoredFile[] = [];
    for (const m of media) {
      const part = m.media.startsWith('attach://') ? uploaded[m.media.slice('attach://'.length)] : undefined;
      const file = part
        ? register({
            path: part.path,
            size: part.size,
            sha256: part.sha256,
            mimeType: part.mimeType,
            filename: part.filename,
          })
        : files.get(m.media);
      if (!file) return bad('Bad Request: wrong file identifier/HTTP URL specified');
      if (m.type === 'photo') {
        const verdict = await processablePicture(file.path, file.size);
        if (verdict !== 'ok') return bad(verdict);
      }
      stored.push(file);
    }
    const groupId = randomUUID();
    const { media: _list, ...common } = params;
    const sent = media.map((m, i) =>
      newMessage(
        m.type === 'photo' ? 'sendPhoto' : 'sendVideo',
        chatId,
        { ...common, ...m, media_group_id: groupId },
        stored[i],
      ),
    );
    return ok(sent.map(publicMessage));
  }

  const nextUserMessageId = (chatId: number) => {
    const n = (userMessages.get(chatId) ?? 100_000) + 1;
    userMessages.set(chatId, n);
    return n;
  };

  return {
    call,
    pushUpdate,
    messages,
    files,
    localSends,
    /** The user side: what a Telegram client would send. */
    sendText(user: TestUser, text: string, extra: Record<string, unknown> = {}) {
      const chat = { id: user.id, type: 'private', first_name: user.first_name };
      const entities = detectEntities(text);
      return pushUpdate({
        message: {
          message_id: nextUserMessageId(user.id),
          from: { is_bot: false, ...user },
          chat,
          date: Math.floor(Date.now() / 1000),
          text,
          ...(entities.length ? { entities } : {}),
          ...extra,
        },
      });
    },
    /** The user sends a file from disk as a document, with a caption (commands in it are entities). */
    async sendDocument(user: TestUser, file: string, caption: string) {
      const stored = await storeFromDisk(file, path.basename(file));
      if (!stored) throw new Error(`cannot read ${file}`);
      const entities = detectEntities(caption);
      return pushUpdate({
        message: {
          message_id: nextUserMessageId(user.id),
          from: { is_bot: false, ...user },
          chat: { id: user.id, type: 'private', first_name: user.first_name },
          date: Math.floor(Date.now() / 1000),
          document: {
            file_id: stored.fileId,
            file_unique_id: stored.sha256.slice(0, 16),
            file_name: stored.filename,
            file_size: stored.size,
            mime_type: stored.mimeType,
          },
          caption,
          ...(entities.length ? { caption_entities: entities } : {}),
        },
      });
    },
    /**
     * A member writes in a group (a supergroup; a forum topic with `threadId`), optionally as a
     * reply to one of the bot's messages. Returns the update's id and the message's.
     */
    sendGroupText(
      user: TestUser,
      group: { id: number; title?: string },
      text: string,
      opts: { replyTo?: SentMessage; threadId?: number } = {},
    ) {
      const entities = detectEntities(text);
      const messageId = nextUserMessageId(group.id);
      const updateId = pushUpdate({
        message: {
          message_id: messageId,
          from: { is_bot: false, ...user },
          chat: {
            id: group.id,
            type: 'supergroup',
            title: group.title ?? 'Test group',
            is_forum: opts.threadId !== undefined,
          },
          date: Math.floor(Date.now() / 1000),
          text,
          ...(entities.length ? { entities } : {}),
          ...(opts.replyTo ? { reply_to_message: publicMessage(opts.replyTo) } : {}),
          ...(opts.threadId !== undefined
            ? { message_thread_id: opts.threadId, is_topic_message: true }
            : {}),
        },
      });
      return { updateId, messageId };
    },
    setGroupAdmin(chatId: number, userId: number) {
      groupAdmins.add(`${chatId}:${userId}`);
    },
    clickButton(user: TestUser, message: SentMessage, data: string) {
      return pushUpdate({
        callback_query: {
          id: randomUUID(),
          from: { is_bot: false, ...user },
          chat_instance: String(user.id),
          data,
          message: { ...publicMessage(message), chat: message.chat },
        },
      });
    },
    messagesTo(chatId: number) {
      return messages.filter((m) => m.chat.id === chatId);
    },
    fileByPath(p: string) {
      return files.get(p.replace(/^files\//, ''));
    },
    block(chatId: number) {
      blocked.add(chatId);
    },
    setRefuseUrlSends(v: boolean) {
      refuseUrlSends = v;
    },
    webhookInfo: () => webhook,
    pendingUpdates: () => updates.length,
    close() {
      for (const w of waiters) w();
      for (const f of files.values()) rmSync(f.path, { force: true });
    },
  };
}

export type TelegramState = ReturnType<typeof createTelegramState>;

/** Like Telegram clients: a leading /command and bare URLs become entities (UTF-16 offsets). */
function detectEntities(text: string) {
  const entities: { type: string; offset: number; length: number }[] = [];
  const cmd = text.match(/^\/[A-Za-z0-9_]+(@\w+)?/);
  if (cmd) entities.push({ type: 'bot_command', offset: 0, length: cmd[0].length });
  for (const m of text.matchAll(/https?:\/\/[^\s]+/g))
    entities.push({ type: 'url', offset: m.index, length: m[0].length });
  for (const m of text.matchAll(/(?<![\w/])@\w{5,}/g))
    entities.push({ type: 'mention', offset: m.index, length: m[0].length });
  return entities;
}

/** Like Telegram with parse_mode HTML: known tags become formatting, entities are decoded. */
function renderHtml(html: string): string | undefined {
  const tags = html.match(/<\/?([a-z-]+)[^>]*>/gi) ?? [];
  if (tags.some((t) => !/^<\/?(b|strong|i|em|u|s|code|pre|a|tg-spoiler|blockquote)(\s[^>]*)?>$/i.test(t)))
    return undefined;
  // Telegram refuses a start tag without its end tag ("Can't find end tag corresponding to…").
  const open: string[] = [];
  for (const t of tags) {
    const name = t.match(/^<\/?([a-z-]+)/i)![1]!.toLowerCase();
    if (!t.startsWith('</')) open.push(name);
    else if (open.pop() !== name) return undefined;
  }
  if (open.length) return undefined;
  if (/&[a-z#0-9]*$/i.test(html.replace(/<[^>]+>/g, ''))) return undefined;
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
