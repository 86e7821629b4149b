import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { createAnswersFeature } from '../../src/bot/features/answers.js';
import { i18nMiddleware } from '../../src/bot/i18n-middleware.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { PDF_OFFER } from '../../src/jobs/after-delivery.js';
import { createQuestions } from '../../src/jobs/questions.js';
import type { Question } from '../../src/pipeline/question.js';
import { moreQuestion } from '../../src/sources/video-offers.js';
import { listQuestion } from '../../src/sources/youtube-list.js';
import { howManyQuestion } from '../../src/sources/ytdlp-items.js';
import { qualityQuestion } from '../../src/sources/ytdlp-source.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import type { JobRecord } from '../../src/storage/types.js';
import type { VideoInfo } from '../../src/video/ytdlp.js';
import { BOT_INFO } from '../support/bot-info.js';
import { runningJob } from '../support/job-record.js';

interface Said {
  method: string;
  text?: string;
  buttons?: { text: string; data: string }[];
}

/** The question module and the answers feature as the bot runs them, offline, on one clock. */
function offline() {
  const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'questions-')));
  const said: Said[] = [];
  const bot = new Bot<BotContext>('1:x', { botInfo: BOT_INFO });
  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as {
      text?: string;
      reply_markup?: { inline_keyboard?: { text: string; callback_data: string }[][] };
    };
    said.push({
      method,
      text: p.text,
      buttons: p.reply_markup?.inline_keyboard?.flat().map((b) => ({ text: b.text, data: b.callback_data })),
    });
    return { ok: true, result: { message_id: said.length, date: 0, chat: { id: 7 } } } as never;
  });
  const i18n = createI18n('en');
  let now = 1_000_000;
  const jobs = new Map<string, JobRecord>();
  const questions = createQuestions({
    api: bot.api,
    t: i18n.t,
    kv: storage.kv,
    queue: { get: async (id) => jobs.get(String(id)) },
    clock: () => now,
  });
  const submitted: { url: string; kind: string; options: Record<string, unknown>; linkId?: number | null }[] =
    [];
  bot.use(i18nMiddleware(i18n));
  bot.use((ctx, next) => {
    ctx.lang = 'en';
    return next();
  });
  bot.use(
    createAnswersFeature({
      questions,
      pdfAvailable: async () => true,
      submit: async (_ctx, url, kind, options, linkId) => void submitted.push({ url, kind, options, linkId }),
    }),
  );
  let updateId = 0;
  const tap = (data: string, from = 7) =>
    bot.handleUpdate({
      update_id: ++updateId,
      callback_query: {
        id: String(updateId),
        from: { id: from, is_bot: false, first_name: 'U' },
        chat_instance: 'c',
        data,
        message: { message_id: 1, date: 0, chat: { id: 7, type: 'private', first_name: 'U' } },
      },
    } as Update);
  const job = (options: Record<string, unknown> = {}, url = 'https://example.com/v') => {
    const j = runningJob({ id: String(jobs.size + 1), userId: 7, chatId: 7, linkId: 11, url, options });
    jobs.set(j.id, j);
    return j;
  };
  const ask = async (j: JobRecord, q: Question) => {
    await questions.ask(j, q);
    return said.at(-1)!;
  };
  return {
    said,
    submitted,
    tap,
    job,
    ask,
    later: (ms: number) => {
      now += ms;
    },
    close: () => storage.close(),
  };
}

let h: ReturnType<typeof offline>;
afterEach(() => h?.close());

const VIDEO: VideoInfo = {
  id: 'v',
  title: 'A clip',
  formats: [
    { format_id: '18', ext: 'mp4', vcodec: 'avc1', acodec: 'mp4a', height: 360, filesize: 2_000_000 },
    { format_id: '22', ext: 'mp4', vcodec: 'avc1', acodec: 'mp4a', height: 720, filesize: 6_000_000 },
  ],
} as VideoInfo;

describe('questions: one module asks, keeps and takes every kind', () => {
  it('quality: each fitting format is a button; the choice starts one follow-up job with it', async () => {
    h = offline();
    const j = h.job({ quality: 'ask', replyTo: 3 });
    const asked = await h.ask(j, qualityQuestion(VIDEO, 50 * 1024 * 1024));
    expect(asked.text).toContain('A clip');
    const labels = asked.buttons!.map((b) => b.text);
    expect(labels.some((l) => /^720p/.test(l))).toBe(true);
    expect(labels.some((l) => /Audio only/.test(l))).toBe(true);
    const p720 = asked.buttons!.find((b) => /^720p/.test(b.text))!;
    await h.tap(p720.data);
    expect(h.submitted).toEqual([
      {
        url: j.url,
        kind: 'auto',
        options: { quality: 'ask', replyTo: 3, format: '720', title: 'A clip' },
        linkId: 11,
      },
    ]);
    expect(h.said.find((s) => s.method === 'editMessageText')?.text).toMatch(/Chosen: 720p/);
    // A second tap (or a second device) starts nothing more.
    await h.tap(p720.data);
    expect(h.submitted).toHaveLength(1);
  });

  it('items: all, the first 10, or none; "none" queues nothing and says so', async () => {
    h = offline();
    const asked = await h.ask(h.job(), howManyQuestion({ count: 12, title: 'Twelve' }, 1e9));
    expect(asked.buttons!.map((b) => b.text)).toEqual(['Send all 12', 'Only the first 10', 'Cancel']);
    await h.tap(asked.buttons![2]!.data);
    expect(h.submitted).toEqual([]);
    expect(h.said.at(-1)?.text).toMatch(/Nothing will be sent/);

    const again = await h.ask(h.job(), howManyQuestion({ count: 12, title: 'Twelve' }, 1e9));
    await h.tap(again.buttons![1]!.data);
    expect(h.submitted.map((s) => s.options.items)).toEqual(['first']);
  });

  it('list: the whole list is a new link, without what was chosen for the single video', async () => {
    h = offline();
    const list = 'https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG';
    const j = h.job({ format: '22', title: 'One', replyTo: 5 }, 'https://www.youtube.com/watch?v=x&list=PL');
    const asked = await h.ask(j, listQuestion(list, j.options));
    expect(asked.buttons!.map((b) => b.text)).toEqual(['The whole list']);
    await h.tap(asked.buttons![0]!.data);
    expect(h.submitted).toEqual([{ url: list, kind: 'auto', options: { replyTo: 5 }, linkId: undefined }]);
  });

  it('pdf: the page as a PDF is a follow-up job of kind pdf for the same link', async () => {
    h = offline();
    const j = h.job();
    const asked = await h.ask(j, PDF_OFFER);
    await h.tap(asked.buttons![0]!.data);
    expect(h.submitted).toEqual([
      { url: j.url, kind: 'pdf', options: { format: 'A4', landscape: false }, linkId: 11 },
    ]);
  });

  it('more: under a video, a section (how to ask), its audio, its subtitles when the page has them', async () => {
    h = offline();
    const j = h.job({ format: '720' });
    const asked = await h.ask(j, moreQuestion(j, { ...VIDEO, subtitles: { en: [{ ext: 'vtt' }] } }));
    expect(asked.buttons!.map((b) => b.text)).toEqual(['✂️ A section', '🎵 Audio', '📝 Subtitles']);
    await h.tap(asked.buttons![0]!.data);
    expect(h.said.at(-1)?.text).toContain(`${j.url} 0:30-1:15`);
    expect(h.submitted).toEqual([]);
    // One answer per question: the audio is a second offer of the same kind for a new video.
    const again = h.job({ format: '720' });
    const offer = await h.ask(again, moreQuestion(again, VIDEO));
    expect(offer.buttons!.map((b) => b.text)).toEqual(['✂️ A section', '🎵 Audio']);
    await h.tap(offer.buttons![1]!.data);
    expect(h.submitted).toEqual([{ url: again.url, kind: 'audio', options: { format: null }, linkId: 11 }]);
  });

  it('refuses a tap after expiry, from someone else, or for a question never asked', async () => {
    h = offline();
    const j = h.job();
    const asked = await h.ask(j, howManyQuestion({ count: 12, title: 'T' }, 1e9));
    await h.tap(asked.buttons![0]!.data, 8);
    expect(h.said.at(-1)).toMatchObject({ method: 'answerCallbackQuery' });
    // Made-up data for a job that asked nothing, and a choice past the last.
    await h.tap(`qa:${h.job().id}:quality:0`);
    await h.tap(`qa:${j.id}:items:7`);
    expect(h.submitted).toEqual([]);
    h.later(10 * 60_000 + 1);
    await h.tap(asked.buttons![0]!.data);
    expect(h.said.at(-1)?.text).toMatch(/expired/);
    expect(h.submitted).toEqual([]);
  });
});
