import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { startBotApiDouble } from '../test/support/bot-api-double.js';
import { startContentServer } from '../test/support/content-server.js';
import { makeGif, makeMp4, makePng, videoPage } from '../test/support/media.js';
import { type RunningBot, startBot, TEST_TOKEN } from '../test/support/spawn-bot.js';

/**
 * The sandbox: the real bot process against the in-repo Telegram double, a content server with
 * sample files, and a web chat in the browser. No token and no internet; private addresses are
 * allowed here only, because the samples live on this machine.
 */
export const SANDBOX_USER = { id: 777, first_name: 'Sandbox', language_code: 'en', username: 'sandbox_user' };
/** The group view: the same user in a group, where the bot answers only /dl and links addressed to it. */
export const SANDBOX_GROUP = { id: -1_000_000_000_777, title: 'Sandbox group' };

interface UserMessage {
  id: string;
  chat: 'private' | 'group';
  text: string;
  at: number;
}

export async function startSandbox(
  opts: { port?: number; language?: string; env?: Record<string, string> } = {},
) {
  const api = await startBotApiDouble({ token: TEST_TOKEN });
  const web = await startContentServer();
  /** `needs`: the tools a sample needs on this machine; the chat marks those that are missing. */
  const samples: { label: string; url: string; needs?: string[] }[] = [];
  try {
    samples.push({
      label: 'mp4 video',
      url: web.addFile('sample-video.mp4', makeMp4(5, 640, 360), 'video/mp4'),
    });
    samples.push({ label: 'GIF', url: web.addFile('sample.gif', makeGif(), 'image/gif') });
    web.route('/watch', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(videoPage('A video page', '/files/sample-video.mp4')),
    );
    samples.push({ label: 'page with a video', url: `${web.url}/watch`, needs: ['yt-dlp'] });
    // A post with three clips: one album.
    for (const i of [1, 2, 3]) web.addFile(`clip-${i}.mp4`, makeMp4(2, 320 + 80 * i, 240), 'video/mp4');
    web.route('/post', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><html><head><title>A post with three clips</title></head><body>${[1, 2, 3]
            .map((i) => `<video controls src="/files/clip-${i}.mp4"></video>`)
            .join('')}</body></html>`,
        ),
    );
    samples.push({ label: 'post with three clips (album)', url: `${web.url}/post`, needs: ['yt-dlp'] });
    samples.push({ label: 'picture', url: web.addFile('sample-picture.png', makePng(), 'image/png') });
  } catch {
    // Without ffmpeg the sandbox still runs with the generated document below.
  }
  samples.unshift({ label: 'document (3 MB)', url: `${web.url}/gen?size=3145728&name=sample-document.bin` });

  const user = { ...SANDBOX_USER, language_code: opts.language ?? SANDBOX_USER.language_code };
  const userMessages: UserMessage[] = [];
  const bot: RunningBot = await startBot({
    apiRoot: api.url,
    name: 'sandbox',
    env: {
      LOG_LEVEL: 'info',
      PROGRESS_INTERVAL_SECONDS: '1',
      ADMIN_IDS: String(user.id),
      DEFAULT_LANGUAGE: 'fa',
      ...opts.env,
    },
  });

  const html = readFileSync(path.join(import.meta.dirname, 'web-chat.html'), 'utf8');
  const uploads = mkdtempSync(path.join(tmpdir(), 'sandbox-uploads-'));
  const json = (res: ServerResponse, body: unknown, status = 200) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const readBody = async (req: IncomingMessage) => {
    let raw = '';
    for await (const c of req) {
      raw += c;
      if (raw.length > 64 * 1024) throw new Error('too large');
    }
    return JSON.parse(raw || '{}') as Record<string, unknown>;
  };

  /** The bot looks for its tools while it already answers; /health says `looking` until then. */
  const missingTools = async (): Promise<string[]> => {
    for (let tries = 0; ; tries++) {
      const checks = (await bot.health()).body.checks as
        | { tools?: { detail?: { missing?: string[]; looking?: boolean } } }
        | undefined;
      const detail = checks?.tools?.detail;
      if (!detail?.looking || tries >= 100) return detail?.missing ?? [];
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    try {
      if (req.method === 'GET' && url.pathname === '/')
        return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      if (req.method === 'GET' && url.pathname === '/api/samples') {
        // The tools the bot itself found missing (its /health), so the chat says what will not work.
        const missing = await missingTools();
        return json(
          res,
          samples.map((s) => ({ ...s, missing: (s.needs ?? []).filter((t) => missing.includes(t)) })),
        );
      }
      const chatOf = (v: unknown) => (v === 'group' ? 'group' : 'private');
      const chatId = (c: 'private' | 'group') => (c === 'group' ? SANDBOX_GROUP.id : user.id);
      if (req.method === 'GET' && url.pathname === '/api/messages') {
        const chat = chatOf(url.searchParams.get('chat'));
        const bots = api.messagesTo(chatId(chat)).map((m) => ({
          id: `b${m.message_id}`,
          messageId: m.message_id,
          from: 'bot',
          at: m.sentAt,
          text: m.text ?? m.caption ?? '',
          deleted: !!m.deleted,
          buttons: m.reply_markup?.inline_keyboard ?? [],
          file: m.file
            ? {
                url: `/api/file/${m.file.fileId}`,
                kind: m.method.replace('send', '').toLowerCase(),
                name: m.file.filename,
                size: m.file.size,
              }
            : undefined,
        }));
        const mine = userMessages.filter((m) => m.chat === chat).map((m) => ({ ...m, from: 'user' }));
        return json(
          res,
          [...mine, ...bots].sort((a, b) => a.at - b.at),
        );
      }
      if (req.method === 'POST' && url.pathname === '/api/send') {
        const { text, chat: which } = await readBody(req);
        if (typeof text !== 'string' || !text.trim()) return json(res, { error: 'empty' }, 400);
        const chat = chatOf(which);
        userMessages.push({ id: `u${userMessages.length}`, chat, text, at: Date.now() });
        if (chat === 'group') api.sendGroupText(user, SANDBOX_GROUP, text);
        else api.sendText(user, text);
        return json(res, { ok: true });
      }
      // A file from the upload box: the user sends it to the bot as a document (the bot answers
      // with a link). At most 200 MB, kept in the sandbox's own folder.
      if (req.method === 'POST' && url.pathname === '/api/upload') {
        const name =
          path.basename(url.searchParams.get('name') ?? '').replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'file';
        const size = Number(req.headers['content-length'] ?? Number.NaN);
        if (!(size > 0 && size <= 200 * 1024 * 1024)) return json(res, { error: 'size' }, 413);
        const dir = path.join(uploads, String(userMessages.length));
        mkdirSync(dir, { recursive: true });
        const file = path.join(dir, name);
        await pipeline(req, createWriteStream(file));
        userMessages.push({
          id: `u${userMessages.length}`,
          chat: 'private',
          text: `📎 ${name}`,
          at: Date.now(),
        });
        await api.sendDocument(user, file, '');
        return json(res, { ok: true });
      }
      if (req.method === 'POST' && url.pathname === '/api/click') {
        const { messageId, data, chat } = await readBody(req);
        const message = api.messagesTo(chatId(chatOf(chat))).find((m) => m.message_id === Number(messageId));
        if (!message || typeof data !== 'string') return json(res, { error: 'unknown message' }, 404);
        api.clickButton(user, message, data);
        return json(res, { ok: true });
      }
      const file = url.pathname.match(/^\/api\/file\/([\w-]+)$/);
      if (req.method === 'GET' && file) {
        const f = api.files.get(file[1]!);
        if (!f) return json(res, { error: 'not found' }, 404);
        res.writeHead(200, {
          'content-type': f.mimeType,
          'content-length': f.size,
          'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(f.filename)}`,
        });
        return void createReadStream(f.path).pipe(res);
      }
      json(res, { error: 'not found' }, 404);
    } catch (err) {
      json(res, { error: (err as Error).message }, 400);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    bot,
    api,
    samples,
    async close() {
      server.close();
      await bot.stop();
      rmSync(uploads, { recursive: true, force: true });
      await web.close();
      await api.close();
    },
  };
}
