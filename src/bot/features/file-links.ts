import { randomBytes } from 'node:crypto';
import { Composer, InlineKeyboard } from 'grammy';
import { callbackData } from '../../callbacks/callback-data.js';
import { downloadPath } from '../../file-links/file-link-pages.js';
import { fileOfMessage, type MessageFile } from '../../file-links/file-of-message.js';
import type { TelegramBytes } from '../../file-links/telegram-bytes.js';
import { escapeHtml, formatBytes, formatDate } from '../../i18n/format.js';
import type { FileLinksRepo } from '../../storage/types.js';
import type { BotContext } from '../context.js';

const PAGE = 5;
const DAY_MS = 86_400_000;
const html = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } };
/** Telegram refuses URL buttons to this machine's own addresses; such links go in the text only. */
const buttonsAllowed = (base: string) => !/^(localhost|127\.|\[::1\])/.test(new URL(base).hostname);

/**
 * File to link: a file sent or forwarded in a private chat (or `/link` in reply to one in a
 * group) gets a download link, and a player page for video and audio; `/links` lists the
 * user's links with a Revoke button each (admins: `/links <user_id>`, and revoke any).
 */
export function createFileLinksFeature(deps: {
  links: FileLinksRepo;
  bytes: TelegramBytes;
  publicUrl: string;
  ttlMs: number;
  perDay: number;
}) {
  const composer = new Composer<BotContext>();

  async function makeLink(ctx: BotContext, file: MessageFile, replyTo: number) {
    const reply = (text: string, extra: object = {}) =>
      ctx.reply(text, {
        ...html,
        reply_parameters: { message_id: replyTo, allow_sending_without_reply: true },
        ...extra,
      });
    const userId = ctx.from!.id;
    if (file.size > deps.bytes.limit.bytes)
      return reply(
        ctx.t(deps.bytes.limit.liftedBy ? 'filelink-too-large' : 'filelink-too-large-max', {
          limit: formatBytes(deps.bytes.limit.bytes, ctx.lang),
          size: formatBytes(file.size, ctx.lang),
        }),
      );
    const now = Date.now();
    if (!ctx.isAdmin && (await deps.links.countCreatedSince(userId, now - DAY_MS)) >= deps.perDay)
      return reply(ctx.t('filelink-per-day', { limit: deps.perDay }));
    const id = randomBytes(16).toString('base64url');
    const expiresAt = deps.ttlMs > 0 ? now + deps.ttlMs : null;
    await deps.links.add({
      id,
      userId,
      ...file,
      chatId: ctx.chat!.id,
      messageId: replyTo,
      createdAt: now,
      expiresAt,
    });
    const url = deps.publicUrl + downloadPath({ id, name: file.name });
    const player = /^(video|audio)\//.test(file.mime) ? `${deps.publicUrl}/w/${id}` : undefined;
    const kb = new InlineKeyboard().url(ctx.t('filelink-button-download'), url);
    if (player) kb.url(ctx.t('filelink-button-play'), player);
    const lines = [
      `📄 <b>${escapeHtml(file.name)}</b> (${formatBytes(file.size)})`,
      `⬇️ ${escapeHtml(url)}`,
      ...(player ? [`▶️ ${escapeHtml(player)}`] : []),
      expiresAt
        ? ctx.t('filelink-expires', { date: formatDate(expiresAt, ctx.lang) })
        : ctx.t('filelink-never-expires'),
    ];
    return reply(lines.join('\n'), buttonsAllowed(deps.publicUrl) ? { reply_markup: kb } : {});
  }

  const listing = async (ctx: BotContext, owner: number, page: number) => {
    const now = Date.now();
    const total = await deps.links.countLiveByUser(owner, now);
    if (total === 0) return { text: ctx.t('filelinks-empty'), kb: undefined };
    const pages = Math.ceil(total / PAGE);
    const p = Math.min(Math.max(0, page), pages - 1);
    const rows = await deps.links.liveByUser(owner, now, p * PAGE, PAGE);
    const kb = new InlineKeyboard();
    const text = rows.map((l, i) => {
      kb.text(`🗑 ${p * PAGE + i + 1}`, callbackData.fileLinkRevoke.encode({ id: l.id, page: p }));
      return `${p * PAGE + i + 1}. <b>${escapeHtml(l.name)}</b> (${formatBytes(l.size)}, ${formatBytes(l.bytesServed)} ⬇️)\n   ${escapeHtml(deps.publicUrl + downloadPath(l))}`;
    });
    kb.row();
    const user = owner === ctx.from!.id ? 0 : owner;
    if (p > 0) kb.text('‹', callbackData.fileLinks.encode({ user, page: p - 1 }));
    if (pages > 1) kb.text(`${p + 1}/${pages}`, callbackData.fileLinks.encode({ user, page: p }));
    if (p < pages - 1) kb.text('›', callbackData.fileLinks.encode({ user, page: p + 1 }));
    return { text: `${ctx.t('filelinks-title', { total })}\n\n${text.join('\n')}`, kb };
  };

  const fileMessages = [
    'message:document',
    'message:video',
    'message:audio',
    'message:voice',
    'message:animation',
    'message:photo',
  ] as const;
  composer
    .chatType('private')
    .on([...fileMessages], (ctx) => makeLink(ctx, fileOfMessage(ctx.message)!, ctx.message!.message_id));
  composer.command('link', async (ctx) => {
    const target = ctx.message?.reply_to_message;
    const file = fileOfMessage(target);
    if (!target || !file) return ctx.reply(ctx.t('filelink-reply-to-file'));
    return makeLink(ctx, file, target.message_id);
  });
  composer.command('links', async (ctx) => {
    const arg = ctx.match.trim();
    if (arg && !ctx.isAdmin) return ctx.reply(ctx.t('admin-only'));
    if (arg && !/^\d{1,15}$/.test(arg)) return ctx.reply(ctx.t('admin-usage', { usage: '/links <user_id>' }));
    const { text, kb } = await listing(ctx, arg ? Number(arg) : ctx.from!.id, 0);
    return ctx.reply(text, { ...html, reply_markup: kb });
  });
  composer.callbackQuery(callbackData.fileLinks.pattern, async (ctx) => {
    const v = callbackData.fileLinks.decode(ctx.callbackQuery.data)!;
    const owner = Number(v.user) || ctx.from.id;
    if (owner !== ctx.from.id && !ctx.isAdmin) return ctx.answerCallbackQuery({ text: ctx.t('admin-only') });
    const { text, kb } = await listing(ctx, owner, Number(v.page));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(text, { ...html, reply_markup: kb }).catch(() => {});
  });
  composer.callbackQuery(callbackData.fileLinkRevoke.pattern, async (ctx) => {
    const v = callbackData.fileLinkRevoke.decode(ctx.callbackQuery.data)!;
    const link = await deps.links.get(v.id);
    const revoked = link ? await deps.links.revoke(v.id, ctx.isAdmin ? undefined : ctx.from.id) : false;
    await ctx.answerCallbackQuery({ text: ctx.t(revoked ? 'filelink-revoked' : 'filelink-not-yours') });
    if (!link || !revoked) return;
    const { text, kb } = await listing(ctx, link.userId, Number(v.page));
    await ctx.editMessageText(text, { ...html, reply_markup: kb }).catch(() => {});
  });
  return composer;
}
