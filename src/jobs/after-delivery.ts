import type { Api } from 'grammy';
import type { Translator } from '../i18n/i18n.js';
import { OFFER_TTL_MS, type Phrase, type Question } from '../pipeline/question.js';
import { replyTarget } from '../pipeline/reply-target.js';
import type { AlbumReport } from '../sources/source.js';
import type { JobRecord } from '../storage/types.js';
import type { Questions } from './questions.js';

/** "This page has no video. Want it as a PDF?" under a delivered HTML page. */
export const PDF_OFFER: Question = {
  kind: 'pdf',
  text: { key: 'pdf-offer' },
  choices: [
    { label: { key: 'pdf-button' }, answer: { job: { format: 'A4', landscape: false }, kind: 'pdf' } },
  ],
  ttlMs: OFFER_TTL_MS,
};

/**
 * What the user hears once the files are out, best effort: which items of an album could not be
 * fetched and why, then the offers (the whole YouTube list, the page as a PDF, …) as questions.
 */
export async function tellAfterDelivery(
  deps: { api: Api; t: Translator; questions: Questions },
  job: JobRecord,
  outcome: { album?: AlbumReport; offers?: Question[]; notes?: Phrase[]; offerPdf?: boolean },
): Promise<void> {
  const t = (key: string, args?: Record<string, string | number>) => deps.t(job.language, key, args);
  const say = (text: string) =>
    deps.api
      .sendMessage(job.chatId, text, { link_preview_options: { is_disabled: true }, ...replyTarget(job) })
      .catch(() => {});
  for (const note of outcome.notes ?? []) await say(t(note.key, note.args));
  if (outcome.album?.failed.length) {
    const lines = outcome.album.failed.map((f) =>
      t('items-failed-line', {
        index: f.index + 1,
        reason: t(`fail-${f.kind}`, { limit: '?', size: '?', status: '?', url: job.url }),
      }),
    );
    await say([t('items-failed', { count: outcome.album.count }), ...lines].join('\n'));
  }
  const offers = [...(outcome.offers ?? []), ...(outcome.offerPdf ? [PDF_OFFER] : [])];
  for (const offer of offers) await deps.questions.ask(job, offer).catch(() => {});
}
