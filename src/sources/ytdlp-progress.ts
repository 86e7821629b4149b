import { createRateMeter } from '../pipeline/rate-meter.js';
import type { JobIO } from '../pipeline/types.js';
import type { YtdlpProgress } from '../video/ytdlp.js';

/** yt-dlp's JSON progress lines as status phases (for one item of several, with its place). */
export function ytdlpProgress(io: JobIO, item?: { index: number; count: number }) {
  const rate = createRateMeter();
  return (pr: YtdlpProgress) => {
    io.touch();
    if (pr.status === 'merging' || pr.status === 'converting')
      return io.report({ phase: 'processing', step: pr.status });
    const done = pr.downloaded_bytes ?? 0;
    io.report({
      phase: 'downloading',
      done,
      total: pr.total_bytes ?? pr.total_bytes_estimate ?? undefined,
      speed: pr.speed ?? rate(done),
      ...(item ? { item } : {}),
    });
  };
}
