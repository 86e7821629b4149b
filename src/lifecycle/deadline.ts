/**
 * `signal` (if any) that also aborts with a TimeoutError after `ms`; call `clear()` when done.
 *
 * Not `AbortSignal.any([signal, AbortSignal.timeout(ms)])`: on Node 20 the timeout signal inside
 * `any` is held only weakly and can be garbage-collected before it fires (nodejs/node#57736),
 * which left a download running past its total timeout. Here the timer holds the controller.
 */
export function withDeadline(ms: number, signal?: AbortSignal): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')),
    ms,
  ).unref();
  const follow = () => controller.abort(signal?.reason);
  if (signal?.aborted) follow();
  else signal?.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', follow);
    },
  };
}
