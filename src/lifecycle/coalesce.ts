/**
 * Runs `task` when asked, one run at a time and at most once per `gapMs`: a burst of requests
 * becomes one run, and a request during a run gets one more run after it (so the last change is
 * always seen). The first request after a quiet spell runs at once. A failed run goes to `onError`.
 */
export function coalesce(
  task: () => Promise<void>,
  gapMs: number,
  onError: (err: unknown) => void,
): () => void {
  let lastStart = Number.NEGATIVE_INFINITY;
  let state: 'idle' | 'waiting' | 'running' = 'idle';
  let again = false;
  const run = () => {
    state = 'running';
    again = false;
    lastStart = Date.now();
    void task()
      .catch(onError)
      .finally(() => {
        state = 'idle';
        if (again) request();
      });
  };
  const request = () => {
    if (state === 'running') again = true;
    if (state !== 'idle') return;
    const wait = lastStart + gapMs - Date.now();
    if (wait <= 0) return run();
    state = 'waiting';
    setTimeout(run, wait).unref();
  };
  return request;
}
