import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { GrowingFile } from '../pipeline/types.js';
import { JobFailure } from '../pipeline/types.js';
import { MAX_PARTS, type MtprotoFailure, type MtprotoSession, PART_SIZE } from './types.js';

const MAX_TRIES = 5;

/**
 * Uploads a byte range of a file as saveBigFilePart calls with several parts in flight. Parts are
 * read from disk at their offsets (memory stays at parts-in-flight × 512 KiB); a failed part is
 * re-sent alone with backoff; FLOOD_WAIT is waited as the server asks, plus a margin. Of a file
 * still landing (`growing`), each part goes as soon as it is on disk, and the upload completes
 * only once the download has.
 */
export async function uploadParts(opts: {
  session: MtprotoSession;
  file: string;
  start?: number;
  size: number;
  growing?: GrowingFile;
  inFlight: number;
  signal: AbortSignal;
  classify: (err: unknown) => MtprotoFailure;
  onProgress?: (done: number, total: number) => void;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}): Promise<{ fileId: bigint; totalParts: number }> {
  const total = Math.ceil(opts.size / PART_SIZE);
  if (total > MAX_PARTS) throw new JobFailure('too-large', 'more than 4000 parts');
  const start = opts.start ?? 0;
  const fileId = randomBytes(8).readBigInt64LE();
  const sleep = opts.sleep ?? abortableSleep;
  // One failed part stops the other workers: the whole upload fails once, cleanly.
  const stop = new AbortController();
  const signal = AbortSignal.any([opts.signal, stop.signal]);
  const fh = await open(opts.file, 'r');
  let next = 0;
  let done = 0;

  async function sendPart(index: number): Promise<void> {
    const length = Math.min(PART_SIZE, opts.size - index * PART_SIZE);
    await opts.growing?.waitFor(start + index * PART_SIZE + length, signal);
    const bytes = Buffer.allocUnsafe(length);
    const { bytesRead } = await fh.read(bytes, 0, length, start + index * PART_SIZE);
    if (bytesRead !== length) throw new JobFailure('internal', 'file shrank while uploading');
    for (let attempt = 1; ; attempt++) {
      signal.throwIfAborted();
      try {
        await opts.session.saveBigFilePart({ fileId, index, total, bytes }, signal);
        return;
      } catch (err) {
        if (signal.aborted) throw err;
        const failure = opts.classify(err);
        if (failure.kind === 'fatal' || attempt >= MAX_TRIES) {
          throw new JobFailure(
            'telegram-refused',
            failure.kind === 'fatal' ? failure.message : 'upload kept failing',
          );
        }
        await sleep(failure.kind === 'flood' ? failure.seconds * 1000 + 500 : 500 * 2 ** attempt, signal);
      }
    }
  }

  async function worker(): Promise<void> {
    try {
      while (next < total) {
        const index = next++;
        await sendPart(index);
        done += Math.min(PART_SIZE, opts.size - index * PART_SIZE);
        opts.onProgress?.(done, opts.size);
      }
    } catch (err) {
      stop.abort(err);
      throw err;
    }
  }

  try {
    const results = await Promise.allSettled(Array.from({ length: Math.min(opts.inFlight, total) }, worker));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw opts.signal.aborted ? opts.signal.reason : failed.reason;
    // The file's last part: sent only once the whole download has succeeded.
    if (start + opts.size >= (opts.growing?.size ?? 0)) await opts.growing?.finished;
  } finally {
    await fh.close();
  }
  return { fileId, totalParts: total };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
