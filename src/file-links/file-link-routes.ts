import type { Context, Hono } from 'hono';
import type { Translator } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import { metrics } from '../metrics/metrics.js';
import type { FileLink, FileLinksRepo, Language, UsersRepo } from '../storage/types.js';
import { linkPage, playerPage } from './file-link-pages.js';
import { contentDisposition, parseRange } from './range.js';
import type { TelegramBytes } from './telegram-bytes.js';

const ID = /^[A-Za-z0-9_-]{22}$/;
const DAY_MS = 86_400_000;
/** A download manager opens up to 16 connections; more from one address at once is a flood. */
export const CONNECTIONS_PER_IP = 16;

/**
 * The public file-link routes: `/d/<id>/<name>` serves the bytes (GET/HEAD, one Range, ETag,
 * If-Range), `/w/<id>` a player page. Every request is a stranger's: an id that is not exactly a
 * link's gets 404, a revoked or expired link (or one whose owner is banned) 410, and neither ever
 * a byte of the file.
 */
export function mountFileLinks(
  app: Hono,
  deps: {
    links: FileLinksRepo;
    users: UsersRepo;
    bytes: TelegramBytes;
    adminIds: number[];
    bytesPerDay: number;
    t: Translator;
    defaultLanguage: Language;
    log: Logger;
  },
) {
  const open = new Map<string, number>();
  const langOf = (c: Context): Language =>
    /^fa\b/i.test(c.req.header('accept-language') ?? '')
      ? 'fa'
      : /^en\b/i.test(c.req.header('accept-language') ?? '')
        ? 'en'
        : deps.defaultLanguage;
  const page = (c: Context, status: 404 | 410 | 429, key: string) =>
    c.html(linkPage(deps.t, langOf(c), key), status, {
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    });

  /** The link when it still serves, else the page that says why not. */
  async function live(c: Context): Promise<FileLink | Response> {
    const id = c.req.param('id') ?? '';
    const link = ID.test(id) ? await deps.links.get(id) : undefined;
    if (!link) return page(c, 404, 'filelink-unknown');
    if (link.revoked || (link.expiresAt !== null && link.expiresAt <= Date.now()))
      return page(c, 410, 'filelink-gone');
    if ((await deps.users.get(link.userId))?.banned) return page(c, 410, 'filelink-gone');
    return link;
  }

  async function serve(c: Context) {
    const link = await live(c);
    if (link instanceof Response) return link;
    const day = Math.floor(Date.now() / DAY_MS);
    if (
      !deps.adminIds.includes(link.userId) &&
      (await deps.links.servedByUserOn(link.userId, day)) >= deps.bytesPerDay
    )
      return page(c, 429, 'filelink-daily-limit');
    const etag = `"${link.fileUniqueId}"`;
    const ifRange = c.req.header('if-range');
    const range =
      ifRange && ifRange !== etag ? { kind: 'full' as const } : parseRange(c.req.header('range'), link.size);
    const playable = /^(video|audio)\//.test(link.mime);
    const headers: Record<string, string> = {
      'Accept-Ranges': 'bytes',
      ETag: etag,
      'Content-Type': link.mime,
      'Content-Disposition': contentDisposition(
        c.req.query('inline') && playable ? 'inline' : 'attachment',
        link.name,
      ),
      'Cache-Control': 'private, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': 'sandbox',
    };
    if (range.kind === 'unsatisfiable')
      return c.body(null, 416, { ...headers, 'Content-Range': `bytes */${link.size}` });
    const start = range.kind === 'partial' ? range.start : 0;
    const end = range.kind === 'partial' ? range.end : link.size - 1;
    const status = range.kind === 'partial' ? 206 : 200;
    headers['Content-Length'] = String(end - start + 1);
    if (range.kind === 'partial') headers['Content-Range'] = `bytes ${start}-${end}/${link.size}`;
    if (c.req.method === 'HEAD' || link.size === 0) return c.body(null, status, headers);

    const ip = clientAddress(c);
    if ((open.get(ip) ?? 0) >= CONNECTIONS_PER_IP) return page(c, 429, 'filelink-too-many');
    open.set(ip, (open.get(ip) ?? 0) + 1);
    const ac = new AbortController();
    c.req.raw.signal.addEventListener('abort', () => ac.abort(), { once: true });
    let sent = 0;
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      const n = (open.get(ip) ?? 1) - 1;
      if (n) open.set(ip, n);
      else open.delete(ip);
      if (sent) {
        metrics.bytes('served', sent);
        deps.links
          .addServed(link.id, link.userId, day, sent)
          .catch((err) => deps.log.warn({ err }, 'file link traffic not recorded'));
      }
    };
    let source: AsyncIterator<Uint8Array>;
    try {
      const ref = {
        ...link,
        onNewFileId: (fileId: string) =>
          void deps.links
            .setFileId(link.id, fileId)
            .catch((err) => deps.log.warn({ err }, 'renewed file_id not kept')),
      };
      source = (await deps.bytes.open(ref, start, end, ac.signal))[Symbol.asyncIterator]();
    } catch (err) {
      done();
      deps.log.warn({ err, link: link.id }, 'file link: Telegram did not give the file');
      return c.text('Telegram did not give the file; try again shortly.', 502, { 'Retry-After': '30' });
    }
    // Pulled as the socket drains (high-water mark 0): no chunk waits here besides the one written.
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          try {
            const next = await source.next();
            if (next.done) {
              controller.close();
              done();
              return;
            }
            sent += next.value.byteLength;
            controller.enqueue(next.value);
          } catch (err) {
            done();
            controller.error(err);
          }
        },
        async cancel() {
          ac.abort();
          done();
          await source.return?.().catch(() => {});
        },
      },
      { highWaterMark: 0 },
    );
    return c.body(body, status, headers);
  }

  app.on(['GET', 'HEAD'], '/d/:id/:name?', serve);
  app.get('/w/:id', async (c) => {
    const link = await live(c);
    if (link instanceof Response) return link;
    return c.html(playerPage(deps.t, langOf(c), link), 200, {
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; media-src 'self'; style-src 'unsafe-inline'",
      'Referrer-Policy': 'no-referrer',
    });
  });
}

/** The peer's address (behind a proxy all share the proxy's: the limit then counts for all). */
function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
