import { Composer, InlineKeyboard } from 'grammy';
import type { AdminSessions } from '../../dashboard/admin-sessions.js';
import type { BotContext } from '../context.js';

/** Telegram refuses URL buttons to this machine's own addresses; such a link goes in the text only. */
const isLoopback = (url: string) => /^(localhost|127\.|\[::1\])/.test(new URL(url).hostname);

/** `/dashboard`: an admin gets a one-time login link to the web dashboard, in a private chat only. */
export function createDashboardFeature(deps: { sessions: AdminSessions; publicUrl: string }) {
  const composer = new Composer<BotContext>();
  composer.command('dashboard', async (ctx) => {
    if (!ctx.isAdmin || !ctx.from) return ctx.reply(ctx.t('admin-only'));
    // Anyone in a group could open the link before the admin does.
    if (ctx.chat.type !== 'private') return ctx.reply(ctx.t('dashboard-private-only'));
    const token = await deps.sessions.issueLogin({ adminId: ctx.from.id, lang: ctx.lang });
    const url = `${deps.publicUrl}/admin?t=${token}`;
    return ctx.reply(ctx.t('dashboard-link', { url }), {
      link_preview_options: { is_disabled: true },
      reply_markup: isLoopback(url) ? undefined : new InlineKeyboard().url(ctx.t('dashboard-open'), url),
    });
  });
  return composer;
}
