/**
 * A read that callers at the same moment share. A call while a read runs waits for the next read,
 * which starts once that one ends: every caller still sees all that was written before its call,
 * and a burst of a hundred callers costs two reads, not a hundred queued on the pool.
 */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const started = read().finally(() => {
      if (current === started) current = undefined;
    });
    current = started;
    return started;
  };
  const settle = () => {};
  return () => {
    if (!current) return start();
    next ??= current.then(settle, settle).then(() => {
      next = undefined;
      return start();
    });
    return next;
  };
}
