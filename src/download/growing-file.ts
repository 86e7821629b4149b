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
