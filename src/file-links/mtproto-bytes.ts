import type { MtprotoFailure, MtprotoSession } from '../mtproto/types.js';
import type { FileRef, TelegramBytes } from './telegram-bytes.js';

/** 512 KiB: MiB-aligned parts as precise downloads require, and Telegram's largest useful part. */
export const DOWNLOAD_PART = 512 * 1024;
const TELEGRAM_MAX = 4 * 1024 ** 3;
/** A FLOOD_WAIT up to this long is waited out with the HTTP connection open; longer fails the request. */
const MAX_FLOOD_WAIT_S = 30;
const MAX_TRIES = 4;

/**
 * File-link bytes through the one MTProto client: the range is read in 512 KiB parts, `ahead` of
 * them requested at once, handed on in order. A part is requested only while fewer than
 * `ahead` are requested or waiting for the reader, so a slow reader holds at most `ahead` parts.
 * All connections together hold at most `budget` parts: with many at once, each gets fewer
 * ahead (never less than one).
 */
export function createMtprotoBytes(deps: {
  session: () => Promise<MtprotoSession>;
  classify: (err: unknown) => MtprotoFailure;
  ahead: number;
  /** Parts ahead for all connections together (default 48: 24 MiB). */
  budget?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}): TelegramBytes {
  const sleep =
    deps.sleep ??
    ((ms, signal) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        signal.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      }));

  /** The file of one request: its file_id is renewed once, for all its parts, when its reference expired. */
  function fileOf(ref: FileRef, signal: AbortSignal) {
    let fileId = ref.fileId;
    let renewal: Promise<boolean> | undefined;
    return {
      id: () => fileId,
      renew: (stale: string) => {
        if (stale !== fileId) return Promise.resolve(true);
        if (ref.chatId === null || ref.messageId === null) return Promise.resolve(false);
        renewal ??= deps
          .session()
          .then((s) => s.fileIdOfMessage(ref.chatId!, ref.messageId!, signal))
          .then((fresh) => {
            if (!fresh) return false;
            fileId = fresh;
            ref.onNewFileId?.(fresh);
            return true;
          });
        return renewal;
      },
    };
  }

  async function part(
    file: ReturnType<typeof fileOf>,
    offset: number,
    signal: AbortSignal,
  ): Promise<Uint8Array> {
    for (let attempt = 1; ; attempt++) {
      const session = await deps.session();
      const fileId = file.id();
      try {
        return await session.downloadChunk({ fileId, offset, limit: DOWNLOAD_PART }, signal);
      } catch (err) {
        signal.throwIfAborted();
        const failure = deps.classify(err);
        if (failure.kind === 'fatal' && failure.message === 'FILE_REFERENCE_EXPIRED' && attempt < MAX_TRIES) {
          if (await file.renew(fileId)) continue;
        }
        if (failure.kind === 'fatal' || attempt >= MAX_TRIES) throw err;
        if (failure.kind === 'flood' && failure.seconds > MAX_FLOOD_WAIT_S) throw err;
        await sleep(failure.kind === 'flood' ? failure.seconds * 1000 : 500 * attempt, signal);
      }
    }
  }

  const budget = deps.budget ?? 48;
  /** Parts requested and not yet handed on, over all connections, and the connections reading. */
  let held = 0;
  let reading = 0;
  const share = () => Math.max(1, Math.min(deps.ahead, Math.floor(budget / Math.max(1, reading))));

  async function* range(ref: FileRef, start: number, end: number, signal: AbortSignal) {
    reading++;
    try {
      yield* parts(fileOf(ref, signal), start, end, signal);
    } finally {
      reading--;
    }
  }

  async function* parts(file: ReturnType<typeof fileOf>, start: number, end: number, signal: AbortSignal) {
    const first = Math.floor(start / DOWNLOAD_PART);
    const last = Math.floor(end / DOWNLOAD_PART);
    const window: Promise<Uint8Array>[] = [];
    let next = first;
    const fill = () => {
      // Each connection may always have one part out; more only within its share of the budget.
      while (next <= last && window.length < share() && (window.length === 0 || held < budget)) {
        held++;
        const p = part(file, next * DOWNLOAD_PART, signal);
        p.catch(() => {}); // awaited in order below; a failure ahead must not go unhandled meanwhile
        window.push(p);
        next++;
      }
    };
    try {
      for (let index = first; index <= last; index++) {
        fill();
        const bytes = await window.shift()!.finally(() => held--);
        const base = index * DOWNLOAD_PART;
        const from = Math.max(0, start - base);
        const to = Math.min(bytes.length, end + 1 - base);
        if (to <= from) throw new Error('Telegram sent a shorter file than it announced');
        yield Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from);
      }
    } finally {
      // Parts still out when the reader left (cancelled, failed) leave the budget as they settle.
      for (const p of window) p.finally(() => held--).catch(() => {});
    }
  }

  return {
    limit: { bytes: TELEGRAM_MAX, liftedBy: undefined },
    async open(ref, start, end, signal) {
      return range(ref, start, end, signal);
    },
  };
}
