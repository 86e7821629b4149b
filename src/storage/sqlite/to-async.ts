/** The synchronous shape of an async port: the same methods, returning plain values. */
export type SyncOf<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never;
};

/**
 * better-sqlite3 answers synchronously, the ports are async (PostgreSQL is not synchronous):
 * each method of `sync` becomes one that resolves its result (or rejects with its error).
 */
export function toAsync<T>(sync: SyncOf<T>): T {
  return Object.fromEntries(
    Object.entries(sync as Record<string, (...args: unknown[]) => unknown>).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => fn(...args),
    ]),
  ) as T;
}
