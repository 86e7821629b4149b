import type { MtprotoFailure } from './types.js';

/**
 * Sorts MTProto errors by their RPC text (mtcute's RpcError carries `code` and `text`), without
 * loading mtcute: FLOOD_WAIT_n is waited, server-side and network trouble is retried, the rest
 * (bad peer, file too big, …) fails the upload at once.
 */
export function classifyMtprotoError(err: unknown): MtprotoFailure {
  const e = err as { code?: number; text?: string; message?: string } | undefined;
  const text = typeof e?.text === 'string' ? e.text : '';
  const flood = text.match(/^FLOOD(?:_PREMIUM)?_WAIT_(\d+)$/);
  if (flood) return { kind: 'flood', seconds: Number(flood[1]) };
  if (!text) return { kind: 'transient' };
  if (e?.code === 500 || e?.code === -503 || /^FILE_PART_\d+_MISSING$|TIMEOUT|INTERNAL/.test(text))
    return { kind: 'transient' };
  return { kind: 'fatal', message: text };
}
