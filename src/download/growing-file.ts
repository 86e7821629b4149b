import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { GrowingFile } from '../pipeline/types.js';

/** The writing side: the download reports what is on disk and how it ended. */
export interface Growth {
  file: GrowingFile;
  advance(bytesOnDisk: number): void;
  finish(): void;
  fail(err: unknown): void;
}

export function createGrowth(size: number, stopDownload: () => Promise<void>): Growth {
  let written = 0;
  let outcome: { ok: true } | { ok: false; err: unknown } | undefined;
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  let settle!: { resolve: () => void; reject: (err: unknown) => void };
  const finished = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  finished.catch(() => {}); // whoever awaits it hears the failure; nobody has to

  const file: GrowingFile = {
    size,
    written: () => written,
    finished,
    failed: () => outcome?.ok === false,
    sent: 0,
    stop: stopDownload,
    waitFor(bytes, signal) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          const ended = outcome;
          if (ended && !ended.ok) return done(() => reject(ended.err));
          if (written >= bytes || outcome) return done(resolve);
          if (signal.aborted) return done(() => reject(signal.reason));
        };
        const done = (then: () => void) => {
          waiters.delete(check);
          signal.removeEventListener('abort', check);
          then();
        };
        waiters.add(check);
        signal.addEventListener('abort', check);
        check();
      });
    },
  };
  return {
    file,
    advance(bytes) {
      written = Math.max(written, bytes);
      wake();
    },
    finish() {
      outcome ??= { ok: true };
      settle.resolve();
      wake();
    },
    fail(err) {
      outcome ??= { ok: false, err };
      settle.reject(err);
      wake();
    },
  };
}

const PIECE = 64 * 1024;

/**
 * Reads `length` bytes of a growing file from `start`, waiting for the writer whenever it catches
 * up, so an upload can begin while the download runs; memory stays at one 64 KiB piece. Fails
 * with the download's error if the download fails first.
 */
export function followGrowingFile(
  path: string,
  growing: GrowingFile,
  opts: { start?: number; length: number; signal: AbortSignal },
): Readable {
  const start = opts.start ?? 0;
  const end = start + opts.length;
  let position = start;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  return new Readable({
    highWaterMark: PIECE,
    async read() {
      try {
        if (position >= end) {
          // A range that ends the file ends only once the whole download has succeeded.
          if (end >= growing.size) await growing.finished;
          return void this.push(null);
        }
        await growing.waitFor(position + 1, opts.signal);
        const want = Math.min(PIECE, end - position, growing.written() - position);
        if (!handle) {
          const opened = await open(path, 'r');
          // Destroyed while it opened (an upload cut as it began): destroy found nothing to close.
          if (this.destroyed) return void (await opened.close());
          handle = opened;
        }
        const buffer = Buffer.allocUnsafe(want);
        const { bytesRead } = await handle.read(buffer, 0, want, position);
        if (bytesRead === 0) throw new Error('the growing file is shorter than written');
        position += bytesRead;
        this.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
      } catch (err) {
        this.destroy(err as Error);
      }
    },
    destroy(err, cb) {
      const h = handle;
      handle = undefined;
      if (!h) return cb(err);
      h.close().then(
        () => cb(err),
        () => cb(err),
      );
    },
  });
}
