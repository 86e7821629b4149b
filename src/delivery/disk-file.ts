import { InputFile } from 'grammy';
import { readFileRange } from '../download/read-file-range.js';
import type { GrowingFile } from '../pipeline/types.js';

/** Bytes of a file on disk to upload: `length` of them from `start` (to the end when absent). */
export interface FileRange {
  file: string;
  start?: number;
  length?: number;
  /** The file is still landing: read it as it grows. */
  growing?: GrowingFile;
  signal: AbortSignal;
  /** Bytes of the range read so far. */
  onRead?: (bytes: number) => void;
}

/**
 * An upload read from disk. `bot-api-disk-uploads.ts` sends it in reused buffers; any other
 * grammY client streams it as a plain InputFile, each try reading the file afresh. `close()`
 * ends what a cut request left open.
 */
export class DiskFile extends InputFile {
  private readonly reads: AsyncGenerator<Buffer>[];

  constructor(
    readonly range: FileRange,
    filename: string,
  ) {
    const reads: AsyncGenerator<Buffer>[] = [];
    super(() => {
      const body = readFileRange(range.file, range);
      reads.push(body);
      return body;
    }, filename);
    this.reads = reads;
  }

  close(): void {
    for (const body of this.reads.splice(0)) body.return(undefined).catch(() => {});
  }
}
