import { write } from 'node:fs';
import { pageBuffer } from '../lifecycle/page-buffer.js';
import { type SlotWriter, shortageList, writeError } from './file-writer.js';

const SLOT_SIZE = 512 * 1024;
const SLOTS = 4;
/** Slots being written at once: the pool's other threads stay free for lookups and file work. */
const IN_FLIGHT = 2;
/** See disk-writer-thread.ts for why 64 KiB. */
const PIECE = 64 * 1024;

/**
 * Slots written from libuv's thread pool, for files small enough that the writer thread would not
 * earn its keep (see disk-writer.ts). Slots are made as needed and go with the writer, which the
 * disk writer drops once its last file is closed.
 */
export function createPoolSlots(): SlotWriter {
  const free: Buffer<ArrayBuffer>[] = [];
  let made = 0;
  const queued: (() => void)[] = [];
  let inFlight = 0;
  let files = 0;
  let waiters: (() => void)[] = [];
  const wake = () => {
    const ready = waiters;
    waiters = [];
    for (const then of ready) then();
  };
  const startQueued = () => {
    while (inFlight < IN_FLIGHT && queued.length > 0) {
      inFlight++;
      queued.shift()!();
    }
  };

  return {
    size: SLOT_SIZE,
    broken: () => undefined,
    acquire() {
      if (free.length > 0) return free.pop();
      if (made === SLOTS) return undefined;
      made++;
      return pageBuffer(SLOT_SIZE);
    },
    release(slot) {
      free.push(slot);
      if (waiters.length > 0) queueMicrotask(wake);
    },
    submit(slot, fd, position, length, done) {
      queued.push(() =>
        writeSlot(fd, slot, position, length, (err) => {
          inFlight--;
          free.push(slot);
          startQueued();
          done(err);
          wake();
        }),
      );
      startQueued();
    },
    afterProgress(then) {
      waiters.push(then);
    },
    ...shortageList(),
    opened() {
      files++;
    },
    closed: () => --files,
    async stop() {
      while (inFlight > 0 || queued.length > 0) await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

/** Writes `length` bytes of `slot` at `position`, a piece at a time. */
function writeSlot(fd: number, slot: Buffer, position: number, length: number, done: (err?: Error) => void) {
  let written = 0;
  const next = (err: NodeJS.ErrnoException | null, n: number) => {
    if (err) return done(writeError(err.errno ?? -5));
    if (n <= 0) return done(writeError(-5)); // EIO: a regular file never takes zero bytes
    written += n;
    if (written === length) return done();
    write(fd, slot, written, Math.min(PIECE, length - written), position + written, next);
  };
  write(fd, slot, 0, Math.min(PIECE, length), position, next);
}
