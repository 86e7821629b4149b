import { Worker } from 'node:worker_threads';
import { pageBuffer } from '../lifecycle/page-buffer.js';
import { JobFailure } from '../pipeline/types.js';
import { WRITER_THREAD_SOURCE } from './disk-writer-thread.js';
import {
  createFileWriter,
  type FileWriter,
  type SlotWriter,
  shortageList,
  writeError,
} from './file-writer.js';
import { createPoolSlots } from './pool-slots.js';

const SLOT_SIZE = 1024 * 1024;
const SLOTS = 4;
/** Files up to this size (as their headers say) are written from libuv's pool, not the thread. */
export const SMALL_FILE_BYTES = 32 * 1024 * 1024;

export type { FileWriter };

export interface DiskWriter {
  /** `size`: what the file is expected to hold, when known. */
  writeTo(fd: number, opts?: { size?: number; onWritten?: (bytesOnDisk: number) => void }): FileWriter;
  close(): Promise<void>;
}

/**
 * Downloads are written to disk by a thread of their own: the event loop only copies socket
 * chunks into a few slots (4 MiB in all, whatever the number of downloads) and hands full ones
 * over, so it never waits for the disk, and the page cache is filled in 64 KiB writes (see
 * disk-writer-thread.ts for why). The thread starts with the first file and stops when idle.
 *
 * A file known to be small is written from libuv's pool instead (`pool-slots.ts`): the thread
 * costs ~9 MiB while it runs and leaves ~5 MiB behind once stopped (its malloc arena and the
 * pages of node it touched), which a file of a few megabytes never earns back. The pool is slower
 * (a round trip per 64 KiB, two slots at a time: about half the thread's speed) and shares its
 * threads with lookups, so large files and those of unknown size keep the thread.
 */
export function createDiskWriter({
  idleStopMs = 2000,
  onLargeFile = () => {},
}: {
  idleStopMs?: number;
  /** Called as each file goes to the thread (larger than SMALL_FILE_BYTES, or of unknown size). */
  onLargeFile?: () => void;
} = {}): DiskWriter {
  let thread: SlotWriter | undefined;
  let pool: SlotWriter | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  const stopThread = async () => {
    const current = thread;
    thread = undefined;
    await current?.stop();
  };
  const writeToPool = (fd: number, onWritten?: (bytesOnDisk: number) => void) => {
    pool ??= createPoolSlots();
    const current = pool;
    current.opened();
    return createFileWriter(
      current,
      fd,
      () => {
        // Its slots go with it.
        if (current.closed() === 0 && current === pool) pool = undefined;
      },
      onWritten,
    );
  };

  return {
    writeTo(fd, { size, onWritten } = {}) {
      if (size !== undefined && size <= SMALL_FILE_BYTES) return writeToPool(fd, onWritten);
      onLargeFile();
      clearTimeout(idleTimer);
      if (!thread) {
        const started = startWriterThread(() => {
          if (thread === started) thread = undefined;
        });
        thread = started;
      }
      const current = thread;
      current.opened();
      return createFileWriter(
        current,
        fd,
        () => {
          if (current.closed() === 0 && current === thread)
            idleTimer = setTimeout(stopThread, idleStopMs).unref();
        },
        onWritten,
      );
    },
    async close() {
      clearTimeout(idleTimer);
      await Promise.all([stopThread(), pool?.stop()]);
    },
  };
}

/** The writer thread and the slots it writes. */
function startWriterThread(onDead: () => void): SlotWriter {
  const free = Array.from({ length: SLOTS }, () => pageBuffer(SLOT_SIZE));
  const pending: ((err?: Error) => void)[] = []; // the thread answers in the order it was asked
  let waiters: (() => void)[] = [];
  let files = 0;
  let dead: Error | undefined;

  const worker = new Worker(WRITER_THREAD_SOURCE, {
    eval: true,
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1, stackSizeMb: 1 },
  });
  worker.unref();
  const wake = () => {
    const ready = waiters;
    waiters = [];
    for (const then of ready) then();
  };
  worker.on('message', ({ buffer, result }: { buffer: ArrayBuffer; result: number }) => {
    free.push(Buffer.from(buffer));
    pending.shift()?.(result ? writeError(result) : undefined);
    wake();
  });
  const die = (err: Error) => {
    if (!dead) onDead();
    dead ??= err;
    for (const done of pending.splice(0)) done(dead);
    wake();
  };
  worker.on('error', (err) =>
    die(new JobFailure('internal', `the disk writer thread failed: ${err.message}`)),
  );
  worker.on('exit', () => die(new JobFailure('internal', 'the disk writer thread stopped')));

  return {
    size: SLOT_SIZE,
    broken: () => dead,
    acquire: () => free.pop(),
    release(slot) {
      free.push(slot);
      if (waiters.length > 0) queueMicrotask(wake);
    },
    submit(slot, fd, position, length, done) {
      if (dead) return done(dead);
      pending.push(done);
      const buffer = slot.buffer as ArrayBuffer;
      worker.postMessage({ fd, position, length, buffer }, [buffer]);
    },
    afterProgress(then) {
      waiters.push(then);
      if (dead) queueMicrotask(wake);
    },
    ...shortageList(),
    // The thread keeps the process alive only while a file is open.
    opened() {
      if (files++ === 0) worker.ref();
    },
    closed() {
      if (--files === 0) worker.unref();
      return files;
    },
    async stop() {
      while (pending.length > 0 && !dead) await new Promise<void>((resolve) => waiters.push(resolve));
      await worker.terminate();
    },
  };
}
