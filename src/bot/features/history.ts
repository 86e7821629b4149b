import { Composer, InlineKeyboard } from 'grammy';
import { callbackData } from '../../callbacks/callback-data.js';
import { escapeHtml, formatDate } from '../../i18n/format.js';
import type { LinksRepo } from '../../storage/types.js';
import type { BotContext } from '../context.js';

const PAGE = 5;

/** /history: the user's own links with date, outcome and deletion date, paginated. */
export function createHistoryFeature(deps: { links: LinksRepo; retentionMs: number }) {
  const composer = new Composer<BotContext>();

  const render = async (ctx: BotContext, page: number) => {
    const userId = ctx.from!.id;
    const total = await deps.links.countByUser(userId);
    if (total === 0) return { text: ctx.t('history-empty'), kb: undefined };
    const pages = Math.ceil(total / PAGE);
    const p = Math.min(Math.max(0, page), pages - 1);
    const rows = (await deps.links.recentByUser(userId, p * PAGE, PAGE)).map((l, i) =>
      [
        `${p * PAGE + i + 1}. <code>${escapeHtml(l.url)}</code>`,
        `   ${formatDate(l.createdAt, ctx.lang)} · ${ctx.t(`outcome-${l.outcome}`)} · ${ctx.t('history-deleted-on', { date: formatDate(l.createdAt + deps.retentionMs).slice(0, 10) })}`,
      ].join('\n'),
    );
    const kb = new InlineKeyboard();
    if (p > 0) kb.text('‹', callbackData.history.encode({ page: p - 1 }));
    kb.text(`${p + 1}/${pages}`, callbackData.history.encode({ page: p }));
    if (p < pages - 1) kb.text('›', callbackData.history.encode({ page: p + 1 }));
    return { text: `${ctx.t('history-title', { total })}\n\n${rows.join('\n')}`, kb };
  };

  composer.command('history', async (ctx) => {
    const { text, kb } = await render(ctx, 0);
    return ctx.reply(text, {
      parse_mode: 'HTML',
      reply_markup: kb,
      link_preview_options: { is_disabled: true },
    });
  });
  composer.callbackQuery(callbackData.history.pattern, async (ctx) => {
    const { text, kb } = await render(ctx, Number(callbackData.history.decode(ctx.callbackQuery.data)!.page));
    await ctx.answerCallbackQuery();
    await ctx
      .editMessageText(text, {
        parse_mode: 'HTML',
        reply_markup: kb,
        link_preview_options: { is_disabled: true },
      })
      .catch(() => {});
  });
  return composer;
}
