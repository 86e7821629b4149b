import { Composer } from 'grammy';
import { callbackData } from '../../callbacks/callback-data.js';
import type { JobControl } from '../../jobs/job-control.js';
import { replyTarget } from '../../pipeline/reply-target.js';
import type { JobQueue, JobRecord, LinksRepo } from '../../storage/types.js';
import type { BotContext } from '../context.js';

/** The Cancel button under a status message, and /cancel for all of the user's jobs. */
export function createCancelFeature(deps: { queue: JobQueue; jobs: JobControl; links: LinksRepo }) {
  const composer = new Composer<BotContext>();

  async function cancel(ctx: BotContext, job: JobRecord): Promise<boolean> {
    const outcome = await deps.jobs.cancel(job.id);
    if (outcome === 'none') return false;
    // A running job's own handler ends it and tells the user; a queued one ends here.
    if (outcome === 'cancelled') {
      if (job.linkId) await deps.links.setOutcome(job.linkId, 'cancelled', { errorClass: 'cancelled' });
      if (job.statusMessageId) await ctx.api.deleteMessage(job.chatId, job.statusMessageId).catch(() => {});
      await ctx.api.sendMessage(job.chatId, ctx.t('fail-cancelled'), replyTarget(job));
    }
    return true;
  }

  /** The requester may cancel; in a group, its admins too. */
  async function mayCancel(ctx: BotContext, job: JobRecord): Promise<boolean> {
    if (job.userId === ctx.from?.id) return true;
    if (!ctx.from || job.chatId >= 0 || ctx.chat?.id !== job.chatId) return false;
    const member = await ctx.getChatMember(ctx.from.id).catch(() => undefined);
    return member?.status === 'administrator' || member?.status === 'creator';
  }

  composer.callbackQuery(callbackData.cancel.pattern, async (ctx) => {
    const { jobId } = callbackData.cancel.decode(ctx.callbackQuery.data)!;
    const job = await deps.queue.get(jobId);
    if (job && !(await mayCancel(ctx, job)))
      return ctx.answerCallbackQuery({ text: ctx.t('cancel-not-yours') });
    if (!job || !(await cancel(ctx, job))) {
      return ctx.answerCallbackQuery({ text: ctx.t('cancel-nothing') });
    }
    await ctx.answerCallbackQuery({ text: ctx.t('cancel-done') });
  });

  composer.command('cancel', async (ctx) => {
    if (!ctx.from) return;
    let n = 0;
    // In a group, only what this user asked for in this group.
    const here = (job: JobRecord) => ctx.chat?.type === 'private' || job.chatId === ctx.chat?.id;
    for (const job of await deps.queue.activeByUser(ctx.from.id))
      if (here(job) && (await cancel(ctx, job))) n++;
    if (n === 0) await ctx.reply(ctx.t('cancel-nothing'));
  });

  return composer;
}
