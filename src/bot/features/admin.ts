import { Composer, InlineKeyboard, InputFile } from 'grammy';
import type { Broadcaster } from '../../admin/broadcast.js';
import { statsChartSvg, svgToPng } from '../../admin/stats-chart.js';
import { ADMIN_PREFIX, callbackData } from '../../callbacks/callback-data.js';
import { escapeHtml, formatBytes, formatDate, formatDuration, shortUrl } from '../../i18n/format.js';
import { siteOf } from '../../sites/sites.js';
import type { FileLinksRepo, JobQueue, LinksRepo, UsersRepo } from '../../storage/types.js';
import type { BotContext } from '../context.js';

const USERS_PAGE = 10;

/** A failure class as /stats names it ("bot checks"); classes without a name show their id. */
function className(ctx: BotContext, kind: string): string {
  const key = `class-${kind}`;
  const name = ctx.t(key);
  return name === key ? kind : name;
}

/** Admin commands and the /admin panel; anyone not in ADMIN_IDS gets a refusal and no data. */
export function createAdminFeature(deps: {
  users: UsersRepo;
  links: LinksRepo;
  fileLinks: FileLinksRepo;
  queue: JobQueue;
  broadcaster: Broadcaster;
  startedAt: number;
}) {
  const composer = new Composer<BotContext>();
  const html = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } };
  composer.command(['admin', 'stats', 'check', 'ban', 'unban', 'broadcast'], (ctx, next) =>
    ctx.isAdmin ? next() : ctx.reply(ctx.t('admin-only')),
  );
  composer.callbackQuery(ADMIN_PREFIX, (ctx, next) =>
    ctx.isAdmin ? next() : ctx.answerCallbackQuery({ text: ctx.t('admin-only') }),
  );
  const admin = composer;

  const mainMenu = (ctx: BotContext) =>
    new InlineKeyboard()
      .text(ctx.t('admin-users'), callbackData.adminUsers.encode({ page: 0 }))
      .text(ctx.t('admin-stats'), callbackData.adminStats.encode({}));
  const back = (ctx: BotContext) =>
    new InlineKeyboard().text(ctx.t('admin-back'), callbackData.adminMenu.encode({}));

  const stats = async (ctx: BotContext) => {
    const now = Date.now();
    const s = await deps.links.stats(now - 86_400_000);
    const q = await deps.queue.counts();
    const failures =
      Object.entries(s.failures)
        .map(([k, v]) => `${escapeHtml(k)}: ${v}`)
        .join(', ') || '—';
    const bySite = new Map<string, Map<string, number>>();
    for (const f of await deps.links.failuresSince(now - 86_400_000)) {
      const site = siteOf(f.url).name;
      const classes = bySite.get(site) ?? new Map<string, number>();
      classes.set(f.reason, (classes.get(f.reason) ?? 0) + f.n);
      bySite.set(site, classes);
    }
    const sites =
      [...bySite]
        .map(([site, classes]) => {
          const parts = [...classes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${className(ctx, k)}`);
          return `${escapeHtml(site)}: ${parts.join(', ')}`;
        })
        .join('\n') || '—';
    return ctx.t('admin-stats-text', {
      sites,
      users: await deps.users.count(),
      active: await deps.users.countActiveSince(now - 86_400_000),
      jobs: s.jobs,
      bytes: formatBytes(s.bytes),
      served: formatBytes(await deps.fileLinks.servedSince(Math.floor(now / 86_400_000))),
      failures,
      queued: q.queued,
      running: q.running,
      uptime: formatDuration((now - deps.startedAt) / 1000),
    });
  };

  const usersPage = async (ctx: BotContext, page: number) => {
    const total = await deps.users.count();
    const pages = Math.max(1, Math.ceil(total / USERS_PAGE));
    const p = Math.min(Math.max(0, page), pages - 1);
    const rows = (await deps.users.listByActivity(p * USERS_PAGE, USERS_PAGE)).map((u) => {
      const name = escapeHtml([u.firstName, u.lastName].filter(Boolean).join(' '));
      const handle = u.username ? ` @${escapeHtml(u.username)}` : '';
      return `• ${name}${handle} (<code>${u.id}</code>) — ${formatDate(u.lastSeen)} — ${u.links}${u.banned ? ' ⛔' : ''}`;
    });
    const kb = new InlineKeyboard();
    if (p > 0) kb.text('‹', callbackData.adminUsers.encode({ page: p - 1 }));
    kb.text(`${p + 1}/${pages}`, callbackData.adminUsers.encode({ page: p }));
    if (p < pages - 1) kb.text('›', callbackData.adminUsers.encode({ page: p + 1 }));
    kb.row().text(ctx.t('admin-back'), callbackData.adminMenu.encode({}));
    return { text: `${ctx.t('admin-users-title', { total })}\n${rows.join('\n')}`, kb };
  };

  admin.command('admin', (ctx) => ctx.reply(ctx.t('admin-title'), { reply_markup: mainMenu(ctx) }));
  admin.command('stats', async (ctx) => {
    // The picture first, drawn here (no chart service); the numbers under it. A picture that
    // cannot be drawn leaves the numbers.
    const now = Date.now();
    const svg = statsChartSvg(await deps.links.hourly(now - 24 * 3_600_000), now, {
      title: ctx.t('stats-chart-title'),
      delivered: ctx.t('stats-chart-delivered'),
      failed: ctx.t('stats-chart-failed'),
    });
    await svgToPng(svg)
      .then((png) => ctx.replyWithPhoto(new InputFile(png, 'stats.png')))
      .catch((err: unknown) => ctx.log.warn({ err }, 'the stats chart was not sent'));
    return ctx.reply(await stats(ctx), html);
  });
  admin.callbackQuery(callbackData.adminMenu.pattern, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t('admin-title'), { reply_markup: mainMenu(ctx) }).catch(() => {});
  });
  admin.callbackQuery(callbackData.adminStats.pattern, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(await stats(ctx), { ...html, reply_markup: back(ctx) }).catch(() => {});
  });
  admin.callbackQuery(callbackData.adminUsers.pattern, async (ctx) => {
    const { text, kb } = await usersPage(
      ctx,
      Number(callbackData.adminUsers.decode(ctx.callbackQuery.data)!.page),
    );
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(text, { ...html, reply_markup: kb }).catch(() => {});
  });

  const targetId = (ctx: BotContext) => {
    const id = Number((ctx.match as string).trim());
    return Number.isSafeInteger(id) && id > 0 ? id : undefined;
  };
  admin.command('check', async (ctx) => {
    const id = targetId(ctx);
    if (!id) return ctx.reply(ctx.t('admin-usage', { usage: '/check <user_id>' }));
    const links = await deps.links.recentByUser(id, 0, 20);
    if (!links.length) return ctx.reply(ctx.t('admin-no-links', { id: String(id) }));
    const rows = links.map(
      (l) =>
        `• ${formatDate(l.createdAt)} — ${ctx.t(`outcome-${l.outcome}`)}\n  <code>${escapeHtml(shortUrl(l.url))}</code>`,
    );
    return ctx.reply(`${ctx.t('admin-check-title', { id: String(id) })}\n${rows.join('\n')}`, html);
  });
  for (const [command, banned] of [
    ['ban', true],
    ['unban', false],
  ] as const) {
    admin.command(command, async (ctx) => {
      const id = targetId(ctx);
      if (!id) return ctx.reply(ctx.t('admin-usage', { usage: `/${command} <user_id>` }));
      const ok = await deps.users.setBanned(id, banned);
      return ctx.reply(
        ctx.t(ok ? (banned ? 'admin-banned' : 'admin-unbanned') : 'admin-unknown-user', { id: String(id) }),
      );
    });
  }
  admin.command('broadcast', async (ctx) => {
    const text = (ctx.match as string).trim();
    if (!text) return ctx.reply(ctx.t('admin-usage', { usage: '/broadcast <text>' }));
    if (text.length > 4000) return ctx.reply(ctx.t('admin-too-long'));
    const started = await deps.broadcaster.start(ctx.chat!.id, text, ctx.lang);
    return ctx.reply(ctx.t(started ? 'broadcast-started' : 'broadcast-busy'));
  });
  return composer;
}
