import type { MtprotoSession } from '../../src/mtproto/types.js';

/**
 * A stand-in for the MTProto library at our own seam: it records every part, can delay each
 * call, fail a part once, or answer FLOOD_WAIT, and tracks how many parts are in flight.
 */
export function createStubSession(
  opts: {
    latencyMs?: number;
    failOnce?: number[];
    floodOnce?: Record<number, number>;
    /** Files to download by file_id: a function of the offset gives each byte (no file in memory). */
    files?: Record<
      string,
      {
        size: number;
        byteAt: (offset: number) => number;
        chunkAt?: (offset: number, n: number) => Uint8Array;
      }
    >;
    /** file_ids whose reference has expired (FILE_REFERENCE_EXPIRED), and the messages that hold each file. */
    expired?: Set<string>;
    messages?: Record<string, string>;
    /** Answer FLOOD_WAIT_n once for the chunk at this offset. */
    downloadFloodOnce?: Record<number, number>;
  } = {},
) {
  const downloads: { offset: number; limit: number; at: number }[] = [];
  let downloadsInFlight = 0;
  let downloadPeak = 0;
  const downloadFlood = new Map(Object.entries(opts.downloadFloodOnce ?? {}).map(([k, v]) => [Number(k), v]));
  const parts = new Map<number, Buffer>();
  const calls: { index: number; at: number; outcome: 'ok' | 'fail' | 'flood' }[] = [];
  const failOnce = new Set(opts.failOnce ?? []);
  const floodOnce = new Map(Object.entries(opts.floodOnce ?? {}).map(([k, v]) => [Number(k), v]));
  let inFlight = 0;
  let peak = 0;
  const sent: { fileName: string; totalParts: number; caption: string; method: string }[] = [];
  const session: MtprotoSession = {
    async saveBigFilePart(p, signal) {
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
        signal.throwIfAborted();
        if (failOnce.delete(p.index)) {
          calls.push({ index: p.index, at: Date.now(), outcome: 'fail' });
          throw Object.assign(new Error('connection reset'), { code: -503, text: 'TIMEOUT' });
        }
        const flood = floodOnce.get(p.index);
        if (flood !== undefined) {
          floodOnce.delete(p.index);
          calls.push({ index: p.index, at: Date.now(), outcome: 'flood' });
          throw Object.assign(new Error(`FLOOD_WAIT_${flood}`), { code: 420, text: `FLOOD_WAIT_${flood}` });
        }
        calls.push({ index: p.index, at: Date.now(), outcome: 'ok' });
        parts.set(p.index, Buffer.from(p.bytes));
      } finally {
        inFlight--;
      }
    },
    async sendUploaded(m) {
      sent.push({ fileName: m.fileName, totalParts: m.totalParts, caption: m.caption, method: m.method });
      return { fileId: `MT_${sent.length}`, messageId: 1000 + sent.length };
    },
    async downloadChunk(p, signal) {
      downloadsInFlight++;
      downloadPeak = Math.max(downloadPeak, downloadsInFlight);
      try {
        if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
        signal.throwIfAborted();
        const flood = downloadFlood.get(p.offset);
        if (flood !== undefined) {
          downloadFlood.delete(p.offset);
          throw Object.assign(new Error(`FLOOD_WAIT_${flood}`), { code: 420, text: `FLOOD_WAIT_${flood}` });
        }
        if (opts.expired?.has(p.fileId))
          throw Object.assign(new Error('FILE_REFERENCE_EXPIRED'), {
            code: 400,
            text: 'FILE_REFERENCE_EXPIRED',
          });
        const file = opts.files?.[p.fileId];
        if (!file) throw Object.assign(new Error('FILE_ID_INVALID'), { code: 400, text: 'FILE_ID_INVALID' });
        if (
          p.offset % 4096 ||
          p.limit > 1024 * 1024 ||
          Math.floor(p.offset / 2 ** 20) !== Math.floor((p.offset + p.limit - 1) / 2 ** 20)
        )
          throw Object.assign(new Error('LIMIT_INVALID'), { code: 400, text: 'LIMIT_INVALID' });
        downloads.push({ offset: p.offset, limit: p.limit, at: Date.now() });
        const n = Math.max(0, Math.min(p.limit, file.size - p.offset));
        if (file.chunkAt) return file.chunkAt(p.offset, n);
        const out = new Uint8Array(n);
        for (let i = 0; i < n; i++) out[i] = file.byteAt(p.offset + i);
        return out;
      } finally {
        downloadsInFlight--;
      }
    },
    async fileIdOfMessage(chatId, messageId) {
      return opts.messages?.[`${chatId}/${messageId}`];
    },
    async close() {},
  };
  return { session, parts, calls, sent, peak: () => peak, downloads, downloadPeak: () => downloadPeak };
}
