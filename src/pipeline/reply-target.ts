import type { JobRecord } from '../storage/types.js';

/**
 * Where a job's messages go besides its chat: in a group, as replies to the request and in the
 * forum topic it came from (set by the front in the job's options). Private chats: nothing extra.
 */
export function replyTarget(job: Pick<JobRecord, 'options'>): {
  reply_parameters?: { message_id: number; allow_sending_without_reply: true };
  message_thread_id?: number;
} {
  const { replyTo, threadId } = job.options as { replyTo?: number; threadId?: number };
  return {
    ...(typeof replyTo === 'number'
      ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
      : {}),
    ...(typeof threadId === 'number' ? { message_thread_id: threadId } : {}),
  };
}
