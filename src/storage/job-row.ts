import type { JobKind, JobRecord, Language } from './types.js';

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
