import { type Api, InlineKeyboard } from 'grammy';
import { callbackData } from '../callbacks/callback-data.js';
import type { Translator } from '../i18n/i18n.js';
import type { Answer, Phrase, Question, QuestionKind } from '../pipeline/question.js';
import { replyTarget } from '../pipeline/reply-target.js';
import type { JobId, JobQueue, JobRecord, KvRepo } from '../storage/types.js';

/** Kept a little past its expiry, so that a late tap is told it expired; then pruned with kv. */
const KEPT_AFTER_MS = 86_400_000;

interface Stored {
  userId: number;
  expiresAt: number;
  choices: { answer: Answer; done?: string }[];
}

/** What a tap on a question's button comes to. */
export type Taken =
  | { status: 'unknown' | 'not-yours' | 'expired' | 'answered' }
  | { status: 'chosen'; job: JobRecord; answer: Answer; done?: string };

/**
 * The one place a job asks its user something: renders a Question (text and buttons in the
 * job's language), keeps it with the job in the kv store (so the front that takes the answer and
 * the worker that asked agree), says when it expired, and takes one answer per question: a second
 * tap, a tap after expiry, or callback data made up for a question never asked starts nothing.
 */
export function createQuestions(deps: {
  api: Api;
  t: Translator;
  kv: KvRepo;
  queue: Pick<JobQueue, 'get'>;
  clock?: () => number;
}) {
  const clock = deps.clock ?? Date.now;
  const key = (id: JobId, kind: string) => `question:${id}:${kind}`;
  const render = (job: JobRecord, p: Phrase) => deps.t(job.language, p.key, p.args);

  return {
    async ask(job: JobRecord, q: Question): Promise<void> {
      const labels = q.choices.map((c) =>
        'text' in c.label ? c.label.text : render(job, c.label) + (c.label.suffix ?? ''),
      );
      const stored: Stored = {
        userId: job.userId,
        expiresAt: clock() + q.ttlMs,
        choices: q.choices.map((c, i) => ({
          answer: c.answer,
          done: c.done && deps.t(job.language, c.done, { choice: labels[i]! }),
        })),
      };
      await deps.kv.set(key(job.id, q.kind), JSON.stringify(stored), q.ttlMs + KEPT_AFTER_MS);
      const keyboard = InlineKeyboard.from(
        labels.map((label, n) => [
          InlineKeyboard.text(label, callbackData.answer.encode({ jobId: job.id, kind: q.kind, n })),
        ]),
      );
      const msg = await deps.api.sendMessage(job.chatId, render(job, q.text), {
        reply_markup: keyboard,
        link_preview_options: { is_disabled: true },
        ...replyTarget(job),
      });
      // Best effort, in this process: a tap after a restart is still told it expired (take).
      const expire = setTimeout(async () => {
        if (await deps.kv.get(`answered:${job.id}:${q.kind}`).catch(() => 'unknown')) return;
        await deps.api
          .editMessageText(job.chatId, msg.message_id, deps.t(job.language, 'question-expired'))
          .catch(() => {});
      }, q.ttlMs);
      expire.unref();
    },

    async take(jobId: JobId, kind: QuestionKind | string, n: number, userId: number): Promise<Taken> {
      const raw = await deps.kv.get(key(jobId, kind));
      const stored = raw ? (JSON.parse(raw) as Stored) : undefined;
      const choice = stored?.choices[n];
      const job = choice && (await deps.queue.get(jobId));
      if (!stored || !choice || !job) return { status: 'unknown' };
      if (stored.userId !== userId) return { status: 'not-yours' };
      if (clock() > stored.expiresAt) return { status: 'expired' };
      const stamp = `${process.pid}:${clock()}:${Math.random()}`;
      const first =
        (await deps.kv.setIfAbsent(`answered:${jobId}:${kind}`, stamp, KEPT_AFTER_MS * 2)) === stamp;
      if (!first) return { status: 'answered' };
      return { status: 'chosen', job, answer: choice.answer, done: choice.done };
    },
  };
}

export type Questions = ReturnType<typeof createQuestions>;
