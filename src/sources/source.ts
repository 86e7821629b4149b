import type { HeadInfo } from '../download/response-info.js';
import type { Phrase, Question } from '../pipeline/question.js';
import type { FailureKind, JobIO, LocalFile } from '../pipeline/types.js';
import type { JobRecord } from '../storage/types.js';

/** What is known of a link before any source fetches it. */
export interface LinkProbe {
  job: JobRecord;
  url: URL;
  /** The guarded HEAD's answer; undefined when the HEAD failed or was refused. */
  head: HeadInfo | undefined;
  /** The job's own folder under DATA_DIR/tmp; everything a source writes goes there. */
  dir: string;
  /** The most a source may fetch (the delivery limit in force). */
  maxBytes: number;
}

/** Several items behind one link: what could not be fetched, told to the user after the album. */
export interface AlbumReport {
  count: number;
  failed: { index: number; kind: FailureKind }[];
}

/** What a source made of a link. */
export type SourceOutcome =
  /** Files in the job's folder, for delivery to send. `offerPdf`: the user may want it as a PDF. */
  | {
      files: LocalFile[];
      offerPdf?: boolean;
      album?: AlbumReport;
      /** Asked once the files are out (the video's whole list, what else the page offers). */
      offers?: Question[];
      /** Said once the files are out (why a video was not re-encoded). */
      notes?: Phrase[];
    }
  /** A file Telegram may fetch itself by URL; if it refuses, the next source tries. */
  | { byUrl: { url: string; size: number | null } }
  /** Something to ask the user first (quality, how many items): the answer starts a follow-up job. */
  | { question: Question };

/**
 * One way of getting a link's content: direct HTTP, yt-dlp, Chromium for /pdf, … Sources form an
 * ordered list (app/create-sources.ts); the first that accepts a link fetches it, and when it
 * finds nothing (undefined), the next one that accepts tries.
 */
export interface Source {
  readonly name: string;
  accepts(probe: LinkProbe): boolean;
  fetch(probe: LinkProbe, io: JobIO): Promise<SourceOutcome | undefined>;
}
