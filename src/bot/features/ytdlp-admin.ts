import { Composer, InlineKeyboard } from 'grammy';
import { callbackData } from '../../callbacks/callback-data.js';
import type { CookiePool } from '../../cookies/cookie-pool.js';
import { looksLikeCookiesFile } from '../../cookies/netscape.js';
import { formatDate } from '../../i18n/format.js';
import { cookieIsFor, SITES } from '../../sites/sites.js';
import type { YtdlpManager } from '../../video/ytdlp-manager.js';
import type { BotContext } from '../context.js';

const MAX_COOKIES_BYTES = 1024 * 1024;
const COOKIES_CAPTION = /^\/cookies(@\w+)?(\s|$)/;

/**
 * The admins' hold on yt-dlp: `/ytdlp` (the version in use, `/ytdlp update`), and the cookie
 * pool: a cookies file sent as a document with the caption `/cookies` joins it, `/cookies` lists
 * it per site with buttons to remove. Anyone else is refused and nothing they send is stored.
 * Absent in a process that runs no jobs (`ROLE=front`): yt-dlp and its files live in the workers.
 */
export function createYtdlpAdminFeature(deps: {
  manager?: YtdlpManager;
  cookies?: CookiePool;
  /** Fetches a file a user sent to the bot (getFile, then the file download), at most `maxBytes`. */
  downloadFile: (fileId: string, maxBytes: number) => Promise<string>;
}) {
  const composer = new Composer<BotContext>();
  composer.command(['ytdlp', 'cookies'], (ctx, next) =>
    ctx.isAdmin ? next() : ctx.reply(ctx.t('admin-only')),
  );
  composer.callbackQuery(callbackData.adminCookieRemove.pattern, (ctx, next) =>
    ctx.isAdmin ? next() : ctx.answerCallbackQuery({ text: ctx.t('admin-only') }),
  );

  composer.command('ytdlp', async (ctx) => {
    const manager = deps.manager;
    if (!manager) return ctx.reply(ctx.t('ytdlp-elsewhere'));
    if (ctx.match.trim() !== 'update') {
      await manager.resolved();
      return ctx.reply(statusText(ctx, manager));
    }
    if (manager.status().source === 'explicit')
      return ctx.reply(ctx.t('ytdlp-unmanaged', { path: manager.status().path }));
    await ctx.reply(ctx.t('ytdlp-updating'));
    const result = await manager.update();
    const version = manager.status().version ?? '?';
    if (result.outcome === 'failed')
      return ctx.reply(ctx.t('ytdlp-failed', { reason: result.reason, message: result.message, version }));
    return ctx.reply(
      ctx.t(result.outcome === 'installed' ? 'ytdlp-installed' : 'ytdlp-current', { version }),
    );
  });

  composer.command('cookies', async (ctx) => {
    if (!deps.cookies) return ctx.reply(ctx.t('ytdlp-elsewhere'));
    return listPool(ctx, deps.cookies);
  });

  // A document captioned /cookies (grammY's command() reads message text only, not captions).
  composer.on('message:document').filter(
    (ctx) => COOKIES_CAPTION.test(ctx.msg.caption ?? ''),
    async (ctx) => {
      if (!ctx.isAdmin) return ctx.reply(ctx.t('admin-only'));
      const pool = deps.cookies;
      if (!pool) return ctx.reply(ctx.t('ytdlp-elsewhere'));
      const doc = ctx.msg.document;
      if ((doc.file_size ?? 0) > MAX_COOKIES_BYTES) return ctx.reply(ctx.t('cookies-invalid'));
      const text = await deps.downloadFile(doc.file_id, MAX_COOKIES_BYTES);
      if (!looksLikeCookiesFile(text)) return ctx.reply(ctx.t('cookies-invalid'));
      const added = await pool.add(doc.file_name ?? 'cookies.txt', text);
      return ctx.reply(
        ctx.t('cookies-added', { name: added.name, sites: sitesOf(added.domains).join(', ') }),
      );
    },
  );

  composer.callbackQuery(callbackData.adminCookieRemove.pattern, async (ctx) => {
    const id = callbackData.adminCookieRemove.decode(ctx.callbackQuery.data)?.id;
    const removed = id && deps.cookies ? await deps.cookies.remove(id) : false;
    await ctx.answerCallbackQuery({ text: ctx.t(removed ? 'cookies-removed' : 'cookies-gone') });
    if (removed && deps.cookies) await listPool(ctx, deps.cookies, true);
  });

  return composer;
}

function statusText(ctx: BotContext, manager: YtdlpManager): string {
  const s = manager.status();
  const r = s.lastResult;
  return ctx.t('ytdlp-status', {
    version: s.version ?? '?',
    source: s.source,
    path: s.path,
    js: ctx.t(s.jsRuntime ? 'ytdlp-yes' : 'ytdlp-no'),
    solver: s.solver,
    checked: s.checkedAt ? `${formatDate(s.checkedAt)} UTC` : '—',
    result: !r ? '—' : r.outcome === 'failed' ? `${r.reason}: ${r.message}` : `${r.outcome} ${r.version}`,
  });
}

/** Site names for a file's cookie domains (the table's names; other domains as they are). */
function sitesOf(domains: Set<string>): string[] {
  const names = new Set<string>();
  for (const d of domains) names.add(SITES.find((s) => cookieIsFor(s, d))?.name ?? d);
  return [...names].slice(0, 8);
}

async function listPool(ctx: BotContext, pool: CookiePool, edit = false) {
  const files = await pool.all();
  if (!files.length)
    return edit ? ctx.editMessageText(ctx.t('cookies-empty')) : ctx.reply(ctx.t('cookies-empty'));
  const bySite = new Map<string, string[]>();
  const kb = new InlineKeyboard();
  for (const f of files) {
    const st = await pool.state(f.id);
    const line = ctx.t('cookies-line', {
      name: f.name,
      origin: f.origin,
      added: formatDate(f.addedAt),
      success: st.lastSuccessAt ? formatDate(st.lastSuccessAt) : '—',
      aside: st.asideUntil && st.asideUntil > Date.now() ? formatDate(st.asideUntil) : '—',
    });
    for (const site of sitesOf(f.domains)) bySite.set(site, [...(bySite.get(site) ?? []), line]);
    if (f.origin === 'admin')
      kb.text(
        ctx.t('cookies-remove', { name: f.name.slice(0, 40) }),
        callbackData.adminCookieRemove.encode({ id: f.id }),
      ).row();
  }
  const text = [
    ctx.t('cookies-title'),
    ...[...bySite].map(([site, lines]) => `${site}\n${lines.join('\n')}`),
  ].join('\n\n');
  return edit ? ctx.editMessageText(text, { reply_markup: kb }) : ctx.reply(text, { reply_markup: kb });
}
