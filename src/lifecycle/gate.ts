/**
 * Runs at most `permits` tasks at once; the others wait their turn in the order they came. Tasks
 * that share a small pool (database connections) then finish one after another, instead of each
 * one's steps queueing behind everyone else's, so that all of them end together.
 */
export function createGate(permits: number) {
  let free = permits;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else free++;
      }
    },
  };
}
