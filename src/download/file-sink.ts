import { close, open, write } from 'node:fs';
import { Writable } from 'node:stream';
import { DownloadError } from './errors.js';

const SLAB_SIZE = 1024 * 1024;
const SLABS = 4;
const GC_EVERY_BYTES = 4 * 1024 * 1024;

export type FileSink = Writable & { bytes(): number };

/**
 * Writes a download to a file through a few reused 1 MiB slabs. Each socket chunk is copied into
 * the current slab, and a full slab is written at its own offset while the socket keeps reading,
 * so network and disk overlap and memory stays at SLABS x SLAB_SIZE whatever the file size.
 * Counts bytes and fails the stream the moment they pass `maxBytes`.
 */
export function createFileSink(file: string, maxBytes: number, onProgress: (done: number) => void): FileSink {
  const free = Array.from({ length: SLABS }, () => Buffer.allocUnsafeSlow(SLAB_SIZE));
  let fd = -1;
  let slab: Buffer<ArrayBuffer> | undefined;
  let fill = 0;
  let position = 0;
  let done = 0;
  let inFlight = 0;
  let failure: Error | undefined;
  let onSlabFree: (() => void) | undefined;
  let onIdle: (() => void) | undefined;

  // Full slabs are written at their own offsets, so several may be in flight at once.
  const writeSlab = () => {
    if (!slab || fill === 0) return;
    const buf = slab;
    const length = fill;
    const at = position;
    slab = undefined;
    fill = 0;
    position += length;
    inFlight++;
    writeFully(fd, buf, length, at, (err) => {
      inFlight--;
      failure ??= err ?? undefined;
      free.push(buf);
      const waiting = onSlabFree;
      onSlabFree = undefined;
      waiting?.();
      if (inFlight === 0) runIdle();
    });
  };

  const runIdle = () => {
    const then = onIdle;
    onIdle = undefined;
    then?.();
  };

  const whenIdle = (then: () => void) => {
    onIdle = then;
    if (inFlight === 0) runIdle();
  };

  const copyIn = (chunk: Buffer, from: number, cb: (err?: Error | null) => void) => {
    let offset = from;
    while (offset < chunk.length) {
      if (failure) return cb(failure);
      slab ??= free.pop();
      if (!slab) {
        onSlabFree = () => copyIn(chunk, offset, cb);
        return;
      }
      const n = chunk.copy(slab, fill, offset);
      fill += n;
      offset += n;
      if (fill === SLAB_SIZE) writeSlab();
    }
    collectChunkGarbage(chunk.length);
    cb();
  };

  const sink = new Writable({
    highWaterMark: SLAB_SIZE,
    construct(cb) {
      open(file, 'w', (err, opened) => {
        fd = opened;
        cb(err);
      });
    },
    write(chunk: Buffer, _encoding, cb) {
      done += chunk.length;
      if (done > maxBytes) {
        return cb(
          new DownloadError('too-large', 'file is larger than the limit', { size: done, limit: maxBytes }),
        );
      }
      onProgress(done);
      copyIn(chunk, 0, cb);
    },
    final(cb) {
      writeSlab();
      whenIdle(() => cb(failure));
    },
    destroy(err, cb) {
      onSlabFree = undefined;
      // A slab write still in flight must finish before its file descriptor may be reused.
      whenIdle(() => {
        if (fd < 0) return cb(err);
        close(fd, (closeErr) => cb(err ?? failure ?? closeErr));
        fd = -1;
      });
    },
  });
  return Object.assign(sink, { bytes: () => done });
}

/** Writes `length` bytes of `buf` at `at`, continuing after a short write. */
function writeFully(
  fd: number,
  buf: Buffer,
  length: number,
  at: number,
  cb: (err: NodeJS.ErrnoException | null) => void,
  offset = 0,
): void {
  write(fd, buf, offset, length - offset, at + offset, (err, written) => {
    if (err || offset + written >= length) return cb(err);
    writeFully(fd, buf, length, at, cb, offset + written);
  });
}

let sinceCollect = 0;

/**
 * Socket chunks live outside the V8 heap, and at a gigabyte a second V8 lets tens of megabytes of
 * them pile up before it collects. When the process runs with --expose-gc (as `npm start` does),
 * a young-generation collection every few megabytes hands them back at once; it takes well under
 * a millisecond because the copied-out chunks are already dead.
 */
function collectChunkGarbage(bytes: number): void {
  sinceCollect += bytes;
  if (sinceCollect < GC_EVERY_BYTES) return;
  sinceCollect = 0;
  (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc?.({ type: 'minor' });
}
