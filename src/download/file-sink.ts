import { close, open } from 'node:fs';
import { Writable } from 'node:stream';
import { JobFailure } from '../pipeline/types.js';
import { type DiskWriter, type FileWriter, SMALL_FILE_BYTES } from './disk-writer.js';

/** See collectChunkGarbage. */
const COLLECT_EVERY = { small: 1024 * 1024, large: 4 * 1024 * 1024 };

export type FileSink = Writable & { bytes(): number };

/**
 * A download's bytes on their way to a file: counted (the stream fails the moment they pass
 * `maxBytes`), reported, and handed to the disk writer. `size`: what the headers announced.
 */
export function createFileSink(
  file: string,
  maxBytes: number,
  onProgress: (done: number) => void,
  disk: DiskWriter,
  opts: { size?: number; onWritten?: (bytesOnDisk: number) => void } = {},
): FileSink {
  let fd = -1;
  let writer: FileWriter | undefined;
  let done = 0;
  const collectEvery =
    opts.size !== undefined && opts.size <= SMALL_FILE_BYTES ? COLLECT_EVERY.small : COLLECT_EVERY.large;

  const sink = new Writable({
    highWaterMark: 1024 * 1024,
    construct(cb) {
      open(file, 'w', (err, opened) => {
        if (err) return cb(err);
        fd = opened;
        writer = disk.writeTo(fd, opts);
        cb();
      });
    },
    write(chunk: Buffer, _encoding, cb) {
      done += chunk.length;
      if (done > maxBytes) {
        return cb(
          new JobFailure('too-large', 'file is larger than the limit', { size: done, limit: maxBytes }),
        );
      }
      onProgress(done);
      writer?.write(chunk, cb);
      collectChunkGarbage(chunk.length, collectEvery);
    },
    final(cb) {
      if (!writer) return cb();
      writer.end(cb);
    },
    destroy(err, cb) {
      const closeFile = () => {
        if (fd < 0) return cb(err);
        close(fd, (closeErr) => cb(err ?? closeErr));
        fd = -1;
      };
      // A write still in flight must finish before its file descriptor may be closed (and reused).
      if (writer) writer.abort(closeFile);
      else closeFile();
    },
  });
  return Object.assign(sink, { bytes: () => done });
}

let sinceCollect = 0;

/**
 * Socket chunks live outside the V8 heap, and at a gigabyte a second V8 lets tens of megabytes of
 * them pile up before it collects. When the process runs with --expose-gc (as `npm start` does),
 * a young-generation collection every few megabytes hands them back at once; it takes well under
 * a millisecond because the copied-out chunks are already dead. The chunks come from glibc's heap,
 * which keeps the high-water of those waiting for a collection after work: every 1 MiB it grew
 * 1.5-3.4 MiB over 30 files of 2 MB, every 4 MiB 2.4-5.4. A large file is collected every 4 MiB,
 * since 768 more collections per GiB would cost ~5 % of its CPU; a small one costs two more.
 */
function collectChunkGarbage(bytes: number, every: number): void {
  sinceCollect += bytes;
  if (sinceCollect < every) return;
  sinceCollect = 0;
  (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc?.({ type: 'minor' });
}
