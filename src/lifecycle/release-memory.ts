/**
 * After work, V8 keeps the heap pages and the buffers that downloads and uploads left behind
 * until it next needs memory, which an idle process never does. One full collection (with
 * --expose-gc, as `npm start` runs) hands them back; it takes a few milliseconds on a heap this
 * small and runs only when no job has run for a moment.
 */
export function releaseMemory(): void {
  (globalThis as { gc?: (options?: { type: 'major'; execution: 'sync' }) => void }).gc?.();
}
