import { Composer } from 'grammy';
import { callbackData } from '../../callbacks/callback-data.js';
import type { Questions } from '../../jobs/questions.js';
import type { JobKind } from '../../storage/types.js';
import type { BotContext } from '../context.js';

type Submit = (
  ctx: BotContext,
  url: string,
  kind: JobKind,
  options: Record<string, unknown>,
  linkId?: number | null,
) => Promise<unknown>;

/**
 * A tap on any question's button: jobs/questions.ts says what it comes to, and this does it: a
 * follow-up job for the same link, a new link, a reply, or nothing.
 */
export function createAnswersFeature(deps: {
  questions: Questions;
  submit: Submit;
  pdfAvailable: () => Promise<boolean>;
}) {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(callbackData.answer.pattern, async (ctx) => {
    const { jobId, kind, n } = callbackData.answer.decode(ctx.callbackQuery.data)!;
    const taken = await deps.questions.take(jobId, kind, Number(n), ctx.from.id);
    switch (taken.status) {
      case 'unknown':
        return ctx.answerCallbackQuery();
      case 'not-yours':
        return ctx.answerCallbackQuery({ text: ctx.t('cancel-not-yours') });
      case 'answered':
        return ctx.answerCallbackQuery({ text: ctx.t('items-chosen') });
      case 'expired':
        await ctx.answerCallbackQuery({ text: ctx.t('question-expired') });
        return ctx.editMessageText(ctx.t('question-expired')).catch(() => {});
    }
    await ctx.answerCallbackQuery();
    // The buttons go once a choice is made: it cannot be made twice.
    await (taken.done ? ctx.editMessageText(taken.done) : ctx.editMessageReplyMarkup()).catch(() => {});
    const { job, answer } = taken;
    if ('say' in answer) return ctx.reply(ctx.t(answer.say.key, answer.say.args));
    if ('link' in answer) return deps.submit(ctx, answer.link, 'auto', answer.options);
    if ('job' in answer) {
      const kind = answer.kind ?? job.kind;
      if (kind === 'pdf' && !(await deps.pdfAvailable())) return ctx.reply(ctx.t('pdf-unavailable'));
      return deps.submit(ctx, job.url, kind, { ...job.options, ...answer.job }, job.linkId);
    }
  });
  return composer;
}
