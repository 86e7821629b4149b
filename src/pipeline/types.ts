/**
 * What every stage of a job shares: the phases a status message shows, the job's handle on its
 * run (cancel signal, progress), a file on local disk, what was delivered, and the one failure
 * type with its kinds. Imports nothing from jobs/, delivery/ or any source.
 */
import type { JobRecord } from '../storage/types.js';
import type { QuestionKind } from './question.js';

/**
 * A file a download is still writing, of a size known from its Content-Length: how much of it is
 * on disk, and how the download ended. Uploads read it as it grows (upload while downloading).
 */
export interface GrowingFile {
  readonly size: number;
  /** Bytes on disk so far, readable through another descriptor. */
  written(): number;
  /** Resolves once `bytes` are on disk; rejects when the download fails first, or on `signal`. */
  waitFor(bytes: number, signal: AbortSignal): Promise<void>;
  /** Settles with the download: resolves once every byte is on disk. */
  readonly finished: Promise<void>;
  /** Whether the download has failed. */
  failed(): boolean;
  /** Bytes the upload has taken so far (the status message shows both sides). */
  sent: number;
  /** Stops the download if it still runs and waits until it no longer touches the file. */
  stop(): Promise<void>;
}

export type SendMethod = 'sendVideo' | 'sendAnimation' | 'sendAudio' | 'sendPhoto' | 'sendDocument';
/** What a delivery reports as sent: one of the methods above, or an album. */
export type SentMethod = SendMethod | 'sendMediaGroup';

export type JobPhase =
  | { phase: 'queued'; position: number }
  | { phase: 'starting' }
  | { phase: 'probing' }
  | {
      phase: 'downloading' | 'uploading';
      done: number;
      total?: number;
      speed?: number;
      /** Several items behind one link: which one this is. */
      item?: { index: number; count: number };
      /** Uploading while downloading: both sides' bytes so far. */
      streamed?: { downloaded: number; sent: number };
    }
  | {
      phase: 'processing';
      step: 'merging' | 'converting' | 'splitting' | 'rendering' | 'burning';
      percent?: number;
    };

/** A running job's handle: its cancel signal, its status message and its liveness. */
export interface JobIO {
  signal: AbortSignal;
  report(phase: JobPhase): void;
  touch(): void;
  /**
   * Resolves once the user has the job's status message (or none will come). A job may start
   * before the front has sent it; whatever the job sends waits for this, so it arrives after.
   */
  shown(): Promise<void>;
}

/** A file in the job's temp folder, ready to be delivered (or, `growing`, landing). */
export interface LocalFile {
  file: string;
  filename: string;
  size: number;
  meta?: { title?: string; performer?: string; duration?: number; width?: number; height?: number };
  /** A picture for its thumbnail (the page's, for audio), instead of a frame of its own. */
  picture?: string;
  /** Sent as a document of this type, whatever its bytes look like (a rendered PDF). */
  asDocument?: { mime: string; ext: string };
  /** The caption instead of the usual name · size · date one. */
  caption?: string;
  /** Still being downloaded (`size` is its announced length): delivery may upload it as it grows. */
  growing?: GrowingFile;
}

export interface Delivered {
  size: number | null;
  /** How many files went out (an album); one when absent. */
  items?: number;
  sent: { method: string; fileId: string; messageId: number };
}

/** The job asked its user something (quality, how many items); the answer starts a follow-up job. */
export interface Asked {
  asked: QuestionKind;
}

/** Runs one job to its delivery; throws a JobFailure (or anything: then it is `internal`). */
export type Pipeline = (job: JobRecord, io: JobIO) => Promise<Delivered | Asked>;

/** Every way a job can end badly; each kind has its own message for the user (see locales). */
export type FailureKind =
  | 'too-large'
  | 'page-too-large'
  | 'over-upload-limit'
  | 'http-status'
  | 'timeout'
  | 'stalled'
  | 'network'
  | 'redirects'
  | 'guard'
  | 'disk-full'
  | 'cancelled'
  | 'telegram-refused'
  | 'direct-only'
  | 'unsupported'
  | 'private'
  | 'removed'
  | 'geo'
  | 'login'
  | 'bot-check'
  | 'rate-limited'
  | 'extractor-broken'
  | 'format'
  | 'tool-missing'
  | 'video-unavailable'
  | 'interrupted'
  | 'internal';

export class JobFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly extra: { status?: number; size?: number; limit?: number } = {},
  ) {
    super(message);
    this.name = 'JobFailure';
  }
}

export function failureKind(err: unknown): FailureKind {
  return err instanceof JobFailure ? err.kind : 'internal';
}
