import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

/** Each shipped language as Telegram names it, and the script its text is written in. */
const LANGUAGES: [code: string, script: RegExp | 'latin'][] = [
  ['fa', /[\u0600-\u06FF]/],
  ['ar', /[\u0600-\u06FF]/],
  ['ur', /[\u0600-\u06FF]/],
  ['ru', /[\u0400-\u04FF]/],
  ['uk', /[\u0400-\u04FF]/],
  ['hi', /[\u0900-\u097F]/],
  ['zh-hans', /[\u4E00-\u9FFF]/],
  ['tr', 'latin'],
  ['es', 'latin'],
  ['pt-br', 'latin'],
  ['de', 'latin'],
  ['fr', 'latin'],
  ['id', 'latin'],
  ['en', 'latin'],
];

interface Seen {
  start: string;
  help: string;
  queued: string;
  caption: string;
  failure: string;
}

describe('every language, end to end', () => {
  let h: Harness;
  const seen = new Map<string, Seen>();
  beforeAll(async () => {
    h = await createHarness();
    await h.start({ DEFAULT_LANGUAGE: 'fa' }, 'languages');
  });
  afterAll(() => h.close());

  /** What one user whose Telegram is set to `code` sees: /start, /help, a link's status, its file, a failure. */
  async function journey(code: string, id: number): Promise<Seen> {
    const u = user(id, code);
    h.api.sendText(u, '/start');
    const start = await waitUntil(() => h.api.messagesTo(id)[0], 20_000, `/start in ${code}`);
    h.api.sendText(u, '/help');
    const help = await waitUntil(() => h.api.messagesTo(id)[1], 20_000, `/help in ${code}`);
    h.api.sendText(u, `${h.web.url}/gen?size=2048&name=report-${code}.bin`);
    const file = await h.waitForFile(id, 30_000);
    // The status message as first sent (it is edited, then removed once the file is out).
    const queued = h.api
      .callsTo('sendMessage')
      .find(
        (c) => c.params.chat_id === id && JSON.stringify(c.params.reply_markup ?? '').includes('cancel:'),
      )!;
    h.api.sendText(u, `${h.web.url}/no-such-file.bin`);
    const failure = await waitUntil(
      () => h.api.messagesTo(id).find((m) => /❌/.test(m.text ?? '')),
      30_000,
      `a failure in ${code}`,
    );
    return {
      start: start.text!,
      help: help.text!,
      queued: String(queued.params.text),
      caption: file.caption!,
      failure: failure.text!,
    };
  }

  it('answers /start, /help, a queued link, a delivered file and a failure in each of the fourteen, in its script', async () => {
    for (const [i, [code]] of LANGUAGES.entries()) seen.set(code, await journey(code, 9100 + i));
    const english = seen.get('en')!;
    for (const [code, script] of LANGUAGES) {
      const mine = seen.get(code)!;
      for (const step of ['start', 'help', 'queued', 'failure'] as const) {
        if (code !== 'en') expect(mine[step], `${code} ${step}`).not.toBe(english[step]);
        if (script !== 'latin') expect(mine[step], `${code} ${step}`).toMatch(script);
      }
      // The caption carries the file's name and size (and, except in English, its words or digits differ).
      expect(mine.caption).toContain(`report-${code}.bin`);
    }
    // The command menu is registered in each language, in its own words.
    const menus = h.api.callsTo('setMyCommands').filter((c) => c.params.language_code && !c.params.scope);
    const described = new Map(
      menus.map((c) => [
        c.params.language_code,
        (c.params.commands as { description: string }[])[0]!.description,
      ]),
    );
    expect([...described.keys()].sort()).toEqual(
      ['fa', 'en', 'ar', 'tr', 'ru', 'uk', 'es', 'pt', 'de', 'fr', 'hi', 'ur', 'id', 'zh'].sort(),
    );
    expect(new Set(described.values()).size).toBe(14);
    // /settings offers every language by its own name.
    h.api.sendText(user(9100, 'fa'), '/settings');
    const settings = await waitUntil(
      // Not the job's own "⚙️ Starting…" status, deleted once its file was out.
      () => h.api.messagesTo(9100).find((m) => !m.deleted && /⚙️ تنظیمات/.test(m.text ?? '')),
      20_000,
      'the settings',
    );
    const names = settings.reply_markup!.inline_keyboard!.flat().map((b) => b.text.replace('✅ ', ''));
    for (const name of ['فارسی', 'English', 'العربية', 'Türkçe', 'Русский', 'Українська', 'Español'])
      expect(names).toContain(name);
    for (const name of [
      'Português (Brasil)',
      'Deutsch',
      'Français',
      'हिन्दी',
      'اردو',
      'Bahasa Indonesia',
      '简体中文',
    ])
      expect(names).toContain(name);
    // Where the locale writes its own digits, the size in the caption uses them.
    expect(seen.get('fa')!.caption).toMatch(/[۰-۹]/);
    expect(seen.get('de')!.caption).toContain('2,0 kB');
  });
});
