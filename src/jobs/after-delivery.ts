import { type Api, InlineKeyboard } from 'grammy';
import { callbackData } from '../callbacks/callback-data.js';
import type { Translator } from '../i18n/i18n.js';
import { replyTarget } from '../pipeline/reply-target.js';
import type { AlbumReport } from '../sources/source.js';
import type { JobRecord } from '../storage/types.js';

/**
 * What the user hears once the files are out, best effort: which items of an album could not be
 * fetched and why, and the offers (the whole YouTube list, the page as a PDF).
 */
export async function tellAfterDelivery(
  deps: { api: Api; t: Translator },
  job: JobRecord,
  outcome: { album?: AlbumReport; offerList?: string; offerPdf?: boolean },
): Promise<void> {
  const t = (key: string, args?: Record<string, string | number>) => deps.t(job.language, key, args);
  const say = (text: string, keyboard?: InlineKeyboard) =>
    deps.api
      .sendMessage(job.chatId, text, {
        link_preview_options: { is_disabled: true },
        reply_markup: keyboard,
        ...replyTarget(job),
      })
      .catch(() => {});
  if (outcome.album?.failed.length) {
    const lines = outcome.album.failed.map((f) =>
      t('items-failed-line', {
        index: f.index + 1,
        reason: t(`fail-${f.kind}`, { limit: '?', size: '?', status: '?', url: job.url }),
      }),
    );
    await say([t('items-failed', { count: outcome.album.count }), ...lines].join('\n'));
  }
  if (outcome.offerList)
    await say(
      t('list-offer'),
      new InlineKeyboard().text(t('list-button'), callbackData.list.encode({ jobId: job.id })),
    );
  if (outcome.offerPdf)
    await say(
      t('pdf-offer'),
      new InlineKeyboard().text(t('pdf-button'), callbackData.pdf.encode({ jobId: job.id })),
    );
}
