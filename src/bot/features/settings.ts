import { Composer, InlineKeyboard } from 'grammy';
import { callbackData } from '../../callbacks/callback-data.js';
import { isLanguage, LANGUAGE_CODES, LANGUAGES } from '../../i18n/languages.js';
import type { QualitySetting, UserSettings, UsersRepo } from '../../storage/types.js';
import type { BotContext } from '../context.js';

const QUALITIES: QualitySetting[] = ['auto', 'ask', '360', '480', '720', '1080'];
/** Subtitles with every video: off, on (the user's language first), or only theirs, or English. */
const subsChoices = (lang: string) => ['off', 'on', ...new Set([lang, 'en'])];
const AUDIO = ['m4a', 'mp3'] as const;

/** /settings: language, video quality, how videos are sent, subtitles and audio format, per user. */
export function createSettingsFeature(deps: { users: UsersRepo }) {
  const composer = new Composer<BotContext>();

  const view = (ctx: BotContext, s: UserSettings) => {
    const lang = ctx.lang;
    const mark = (on: boolean, label: string) => (on ? `✅ ${label}` : label);
    const quality = s.quality ?? 'auto';
    const sendAs = s.sendAs ?? 'video';
    const qualityLabel = (q: QualitySetting) =>
      q === 'auto' ? ctx.t('quality-auto') : q === 'ask' ? ctx.t('quality-ask-label') : `${q}p`;
    const subs = s.subs ?? 'off';
    const audio = s.audioFormat ?? 'm4a';
    const subsLabel = (v: string) => (v === 'off' || v === 'on' ? ctx.t(`settings-subs-${v}`) : `📝 ${v}`);
    const data = (field: 'l' | 'q' | 'v' | 's' | 'a', value: string) =>
      callbackData.settings.encode({ field, value });
    const kb = new InlineKeyboard();
    // Every language by its own name, three to a row.
    for (const [i, code] of LANGUAGE_CODES.entries()) {
      kb.text(mark(lang === code, LANGUAGES[code].name), data('l', code));
      if (i % 3 === 2) kb.row();
    }
    kb.row();
    for (const q of QUALITIES.slice(0, 3)) kb.text(mark(quality === q, qualityLabel(q)), data('q', q));
    kb.row();
    for (const q of QUALITIES.slice(3)) kb.text(mark(quality === q, qualityLabel(q)), data('q', q));
    kb.row()
      .text(mark(sendAs === 'video', ctx.t('settings-as-video')), data('v', 'video'))
      .text(mark(sendAs === 'document', ctx.t('settings-as-document')), data('v', 'document'))
      .row();
    for (const v of subsChoices(lang)) kb.text(mark(subs === v, subsLabel(v)), data('s', v));
    kb.row();
    for (const a of AUDIO) kb.text(mark(audio === a, `🎵 ${a}`), data('a', a));
    const text = ctx.t('settings-title', {
      language: LANGUAGES[lang].name,
      quality: qualityLabel(quality),
      sendAs: ctx.t(sendAs === 'video' ? 'settings-as-video' : 'settings-as-document'),
    });
    const more = [
      ctx.t('settings-subs', { subs: subsLabel(subs) }),
      ctx.t('settings-audio', { format: audio }),
    ];
    return { text: [text, ...more].join('\n'), kb };
  };

  composer.command('settings', (ctx) => {
    const { text, kb } = view(ctx, ctx.account?.settings ?? {});
    return ctx.reply(text, { reply_markup: kb });
  });

  composer.callbackQuery(callbackData.settings.pattern, async (ctx) => {
    const { field, value } = callbackData.settings.decode(ctx.callbackQuery.data)!;
    const patch: UserSettings =
      field === 'l' && isLanguage(value)
        ? { language: value }
        : field === 'q' && QUALITIES.includes(value as QualitySetting)
          ? { quality: value as QualitySetting }
          : field === 'v' && (value === 'video' || value === 'document')
            ? { sendAs: value }
            : field === 's' && (value === 'off' || value === 'on' || isLanguage(value))
              ? { subs: value }
              : field === 'a' && (value === 'm4a' || value === 'mp3')
                ? { audioFormat: value }
                : {};
    const settings = await deps.users.updateSettings(ctx.from.id, patch);
    if (patch.language) ctx.lang = patch.language;
    const { text, kb } = view(ctx, settings);
    await ctx.answerCallbackQuery({ text: ctx.t('settings-saved') });
    await ctx.editMessageText(text, { reply_markup: kb }).catch(() => {});
  });
  return composer;
}
