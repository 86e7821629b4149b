import type { MtprotoSession } from '../../src/mtproto/types.js';

/**
 * A stand-in for the MTProto library at our own seam: it records every part, can delay each
 * call, fail a part once, or answer FLOOD_WAIT, and tracks how many parts are in flight.
 */
export function createStubSession(
  opts: { latencyMs?: number; failOnce?: number[]; floodOnce?: Record<number, number> } = {},
) {
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
    async close() {},
  };
  return { session, parts, calls, sent, peak: () => peak };
}
