import { getSystemErrorName } from 'node:util';
import { JobFailure } from '../pipeline/types.js';

/** Where a file writer's bytes go: slots to fill, handed over to be written at an offset. */
export interface Slots {
  size: number;
  /** Set once the slots can no longer be written (their writer thread is gone). */
  broken(): Error | undefined;
  acquire(): Buffer<ArrayBuffer> | undefined;
  release(slot: Buffer<ArrayBuffer>): void;
  submit(
    slot: Buffer<ArrayBuffer>,
    fd: number,
    position: number,
    length: number,
    done: (err?: Error) => void,
  ): void;
  /** Runs `then` once a slot comes back (or at once, when broken). */
  afterProgress(then: () => void): void;
  /** `flush` hands over a partly filled slot when asked; returns its removal. */
  onShortage(flush: () => void): () => void;
  /** A file is waiting for a slot: every file holding one partly filled hands it over. */
  shortage(): void;
}

/** The `onShortage` / `shortage` pair of a Slots implementation. */
export function shortageList(): Pick<Slots, 'onShortage' | 'shortage'> {
  const flushers = new Set<() => void>();
  return {
    onShortage(flush) {
      flushers.add(flush);
      return () => flushers.delete(flush);
    },
    shortage() {
      for (const flush of [...flushers]) flush();
    },
  };
}

/** Slots and whatever writes them, shared by the files open on it. */
export interface SlotWriter extends Slots {
  opened(): void;
  /** Returns how many files are still open. */
  closed(): number;
  /** Resolves once every write handed over is done. */
  stop(): Promise<void>;
}

/** A failed write's errno as the job's failure. */
export function writeError(errno: number): JobFailure {
  const code = getSystemErrorName(errno);
  const kind = code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'internal';
  return new JobFailure(kind, `${code}: writing the download failed`);
}

/** Sequential writes to one open file. */
export interface FileWriter {
  /** Copies `chunk` in; `done` runs once it is copied (later while every slot is busy) or with the first write error. */
  write(chunk: Buffer, done: (err?: Error) => void): void;
  /** Writes the rest; `done` runs once every byte is written. */
  end(done: (err?: Error) => void): void;
  /** Drops what is not yet written; `done` runs once no write to the file is in flight (then it may be closed). */
  abort(done: () => void): void;
}

/**
 * Fills slots with one file's bytes in order and hands each full slot over with its offset; the
 * file may be closed once `end` or `abort` has called back. `onWritten` hears how much of the file
 * is on disk after each slot.
 */
export function createFileWriter(
  slots: Slots,
  fd: number,
  onClosed: () => void,
  onWritten?: (bytesOnDisk: number) => void,
): FileWriter {
  let slot: Buffer<ArrayBuffer> | undefined;
  let fill = 0;
  let position = 0;
  let inFlight = 0;
  let failure: Error | undefined;
  let closed = false;

  // Slots may be written in any order: the written prefix ends at the last slot whose every
  // predecessor is written too.
  const submitted: { end: number; written: boolean }[] = [];
  const writtenUpTo = (end: number) => {
    const entry = { end, written: false };
    submitted.push(entry);
    return (err?: Error) => {
      inFlight--;
      failure ??= err;
      entry.written = true;
      while (submitted[0]?.written) {
        const done = submitted.shift()!;
        if (!failure) onWritten?.(done.end);
      }
    };
  };
  const drop = () => {
    if (slot) slots.release(slot);
    slot = undefined;
    fill = 0;
  };
  const submit = () => {
    if (!slot || fill === 0) return drop();
    inFlight++;
    slots.submit(slot, fd, position, fill, writtenUpTo(position + fill));
    position += fill;
    slot = undefined;
    fill = 0;
  };
  // A slow file must not keep a slot that another file waits for.
  const stopFlushing = slots.onShortage(() => {
    if (slot && fill > 0) submit();
  });
  const copyIn = (chunk: Buffer, from: number, done: (err?: Error) => void) => {
    for (let offset = from; offset < chunk.length; ) {
      failure ??= slots.broken();
      if (failure) return done(failure);
      slot ??= slots.acquire();
      if (!slot) {
        slots.afterProgress(() => copyIn(chunk, offset, done));
        return slots.shortage();
      }
      const n = chunk.copy(slot, fill, offset);
      fill += n;
      offset += n;
      if (fill === slots.size) submit();
    }
    done(failure);
  };
  const whenIdle = (then: () => void) => {
    if (inFlight > 0) return slots.afterProgress(() => whenIdle(then));
    if (!closed) {
      closed = true;
      stopFlushing();
      onClosed();
    }
    then();
  };

  return {
    write: (chunk, done) => copyIn(chunk, 0, done),
    end(done) {
      if (failure) drop();
      else submit();
      whenIdle(() => done(failure));
    },
    abort(done) {
      drop();
      whenIdle(done);
    },
  };
}
