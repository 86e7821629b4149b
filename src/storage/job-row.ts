import type { JobKind, JobRecord, Language, NewJob } from './types.js';

/** A `jobs` row as both databases return it; only `options` differs (JSON text or jsonb). */
export interface JobRow<Options> {
  id: number;
  user_id: number;
  chat_id: number;
  link_id: number | null;
  url: string;
  kind: JobKind;
  options: Options;
  language: Language;
  state: JobRecord['state'];
  attempts: number;
  status_message_id: number | null;
  created_at: number;
  /** When the job's status message is due (the column's name is from when it also held claims). */
  ready_at: number;
}

export function toJobRecord<O>(r: JobRow<O>, options: (o: O) => Record<string, unknown>): JobRecord {
  return {
    id: String(r.id),
    userId: r.user_id,
    chatId: r.chat_id,
    linkId: r.link_id,
    url: r.url,
    kind: r.kind,
    options: options(r.options),
    language: r.language,
    state: r.state,
    attempts: r.attempts,
    statusMessageId: r.status_message_id,
    createdAt: r.created_at,
    statusDueAt: r.ready_at,
  };
}

/**
 * The values of a new job's row, in the order both databases insert them: user_id, chat_id,
 * link_id, url, kind, options, language, created_at, ready_at, update_key.
 */
export function newJobValues(job: NewJob, now: number) {
  return [
    job.userId,
    job.chatId,
    job.linkId,
    job.url,
    job.kind,
    JSON.stringify(job.options ?? {}),
    job.language,
    now,
    job.statusWithinMs ? now + job.statusWithinMs : 0,
    job.updateKey ?? null,
  ] as const;
}
