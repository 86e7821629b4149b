import { OFFER_TTL_MS, type Question } from '../pipeline/question.js';
import type { JobRecord } from '../storage/types.js';
import type { VideoInfo } from '../video/ytdlp.js';

/**
 * Under a delivered video, what else the page offers: a section (how to ask for one), its audio,
 * its subtitles (when it has any). Each answer is a follow-up job for the same link.
 */
export function moreQuestion(job: JobRecord, info: VideoInfo): Question {
  const hasSubs = Object.keys({ ...info.subtitles, ...info.automatic_captions }).length > 0;
  return {
    kind: 'more',
    text: { key: 'more-ask' },
    choices: [
      {
        label: { key: 'more-section' },
        answer: { say: { key: 'more-section-how', args: { url: job.url } } },
      },
      // `format: null` drops a picked video format: the audio is chosen afresh.
      { label: { key: 'more-audio' }, answer: { job: { format: null }, kind: 'audio' } },
      ...(hasSubs ? [{ label: { key: 'more-subs' }, answer: { job: { subs: 'files' } } }] : []),
    ],
    ttlMs: OFFER_TTL_MS,
  };
}
