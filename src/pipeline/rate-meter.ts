/** Samples closer together than this are one: the meter keeps a few dozen, however fast bytes come. */
const SAMPLE_EVERY_MS = 50;

/** Bytes per second over a sliding window of a few seconds. */
export function createRateMeter(windowMs = 3000) {
  const samples: { at: number; done: number }[] = [];
  return (done: number, now = Date.now()): number | undefined => {
    const last = samples.at(-1);
    if (last && samples.length > 1 && now - samples.at(-2)!.at < SAMPLE_EVERY_MS) {
      last.at = now;
      last.done = done;
    } else samples.push({ at: now, done });
    while (samples.length > 2 && now - samples[0]!.at > windowMs) samples.shift();
    const first = samples[0]!;
    const dt = (now - first.at) / 1000;
    return dt > 0.2 ? (done - first.done) / dt : undefined;
  };
}
