import { Composer, InlineKeyboard } from 'grammy';
import { callbackData } from '../../callbacks/callback-data.js';
import type { Language, QualitySetting, UserSettings, UsersRepo } from '../../storage/types.js';
import type { BotContext } from '../context.js';

const QUALITIES: QualitySetting[] = ['auto', 'ask', '360', '480', '720', '1080'];

/** /settings: language, video quality and how videos are sent, stored per user. */
export function createSettingsFeature(deps: { users: UsersRepo }) {
  const composer = new Composer<BotContext>();

  const view = (ctx: BotContext, s: UserSettings) => {
    const lang = ctx.lang;
    const mark = (on: boolean, label: string) => (on ? `✅ ${label}` : label);
    const quality = s.quality ?? 'auto';
    const sendAs = s.sendAs ?? 'video';
    const qualityLabel = (q: QualitySetting) =>
      q === 'auto' ? ctx.t('quality-auto') : q === 'ask' ? ctx.t('quality-ask-label') : `${q}p`;
    const data = (field: 'l' | 'q' | 'v', value: string) => callbackData.settings.encode({ field, value });
    const kb = new InlineKeyboard()
      .text(mark(lang === 'fa', 'فارسی'), data('l', 'fa'))
      .text(mark(lang === 'en', 'English'), data('l', 'en'))
      .row();
    for (const q of QUALITIES.slice(0, 3)) kb.text(mark(quality === q, qualityLabel(q)), data('q', q));
    kb.row();
    for (const q of QUALITIES.slice(3)) kb.text(mark(quality === q, qualityLabel(q)), data('q', q));
    kb.row()
      .text(mark(sendAs === 'video', ctx.t('settings-as-video')), data('v', 'video'))
      .text(mark(sendAs === 'document', ctx.t('settings-as-document')), data('v', 'document'));
    const text = ctx.t('settings-title', {
      language: lang === 'fa' ? 'فارسی' : 'English',
      quality: qualityLabel(quality),
      sendAs: ctx.t(sendAs === 'video' ? 'settings-as-video' : 'settings-as-document'),
    });
    return { text, kb };
  };

  composer.command('settings', (ctx) => {
    const { text, kb } = view(ctx, ctx.account?.settings ?? {});
    return ctx.reply(text, { reply_markup: kb });
  });

  composer.callbackQuery(callbackData.settings.pattern, async (ctx) => {
    const { field, value } = callbackData.settings.decode(ctx.callbackQuery.data)!;
    const patch: UserSettings =
      field === 'l' && (value === 'fa' || value === 'en')
        ? { language: value as Language }
        : field === 'q' && QUALITIES.includes(value as QualitySetting)
          ? { quality: value as QualitySetting }
          : field === 'v' && (value === 'video' || value === 'document')
            ? { sendAs: value }
            : {};
    const settings = await deps.users.updateSettings(ctx.from.id, patch);
    if (patch.language) ctx.lang = patch.language;
    const { text, kb } = view(ctx, settings);
    await ctx.answerCallbackQuery({ text: ctx.t('settings-saved') });
    await ctx.editMessageText(text, { reply_markup: kb }).catch(() => {});
  });
  return composer;
}
