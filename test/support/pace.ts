import { Transform } from 'node:stream';

/** How long to wait before the next bytes so that `sent` bytes took at least `sent / rate` seconds. */
export function pacer(bytesPerSecond: () => number | undefined) {
  const start = performance.now();
  let sent = 0;
  return (bytes: number): number => {
    sent += bytes;
    const rate = bytesPerSecond();
    if (!rate) return 0;
    return Math.max(0, start + (sent / rate) * 1000 - performance.now());
  };
}

/** Passes bytes through no faster than the rate (read each time, so it can change mid-stream). */
export function paced(bytesPerSecond: () => number | undefined): Transform {
  const wait = pacer(bytesPerSecond);
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      const ms = wait(chunk.length);
      if (ms < 1) return cb(null, chunk);
      setTimeout(() => cb(null, chunk), ms);
    },
  });
}
