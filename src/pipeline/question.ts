import type { JobKind } from '../storage/types.js';

/** Text in the asked user's language: a locale key and its arguments. */
export interface Phrase {
  key: string;
  args?: Record<string, string | number>;
}

/** What answering a choice means. */
export type Answer =
  /** A follow-up job for the same link: these options over the asking job's (and its kind). */
  | { job: Record<string, unknown>; kind?: JobKind }
  /** A new link for the user, recorded in the history like one they sent (a video's whole list). */
  | { link: string; options: Record<string, unknown> }
  /** A reply, nothing queued (how to ask for a section). */
  | { say: Phrase }
  /** Nothing: the user declined. */
  | { decline: true };

export interface Choice {
  /** The button: a phrase (and text after it: a size), or text as it is (a format's "720p · 12 MB"). */
  label: (Phrase & { suffix?: string }) | { text: string };
  answer: Answer;
  /** What the question's message says once this is chosen (`{ $choice }`: the label); else it stays. */
  done?: string;
}

export type QuestionKind = 'quality' | 'items' | 'list' | 'pdf' | 'more';

/**
 * Something a job asks its user, as plain data: sources and delivery return it, and
 * jobs/questions.ts alone renders it, keeps it with the job, expires it and takes the answer.
 */
export interface Question {
  kind: QuestionKind;
  text: Phrase;
  choices: Choice[];
  /** How long it may be answered; then the message says so and the buttons go. */
  ttlMs: number;
}

/** How long a question that holds up a job (quality, items) stays answerable. */
export const CHOICE_TTL_MS = 10 * 60_000;
/** How long an offer under a delivered file stays answerable. */
export const OFFER_TTL_MS = 2 * 86_400_000;
