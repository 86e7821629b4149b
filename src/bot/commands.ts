import type { Api } from 'grammy';
import type { Translator } from '../i18n/i18n.js';
import { LANGUAGE_CODES, type Language } from '../i18n/languages.js';

const USER_COMMANDS = ['start', 'help', 'history', 'links', 'settings', 'cancel', 'pdf'] as const;
const ADMIN_COMMANDS = ['admin', 'dashboard', 'ytdlp', 'cookies'] as const;
const GROUP_COMMANDS = ['dl', 'help', 'cancel'] as const;

/** Registers the command menu in every language, plus the admin entries for each admin's chat. */
export async function registerCommands(
  api: Api,
  t: Translator,
  defaultLanguage: Language,
  adminIds: number[],
) {
  const list = (lang: Language, names: readonly string[]) =>
    names.map((command) => ({ command, description: t(lang, `cmd-${command}`) }));
  await api.setMyCommands(list(defaultLanguage, USER_COMMANDS));
  for (const lang of LANGUAGE_CODES) {
    await api.setMyCommands(list(lang, USER_COMMANDS), { language_code: lang });
  }
  // Groups see only what works there.
  for (const lang of [undefined, ...LANGUAGE_CODES]) {
    await api.setMyCommands(list(lang ?? defaultLanguage, GROUP_COMMANDS), {
      scope: { type: 'all_group_chats' },
      ...(lang ? { language_code: lang } : {}),
    });
  }
  for (const id of adminIds) {
    await api.setMyCommands(list(defaultLanguage, [...USER_COMMANDS, ...ADMIN_COMMANDS]), {
      scope: { type: 'chat', chat_id: id },
    });
  }
}
