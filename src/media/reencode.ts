import { JobFailure } from '../pipeline/types.js';
import { runTool } from '../tools/run-tool.js';

/** What one re-encode does: always H.264/AAC in a faststart MP4, which plays everywhere. */
export interface ReencodeJob {
  input: string;
  output: string;
  /** Subtitles burned in: an .srt in `cwd` (a plain name: ffmpeg's filter syntax has no paths). */
  burn?: string;
  cwd: string;
  /** The output's length, for progress. */
  seconds: number;
}

/**
 * ffmpeg re-encodes (an exact cut, burned-in subtitles, VP9/AV1 to H.264): one at a time in this
 * process, at the lowest CPU priority, each bounded by a timeout and the job's signal, with
 * progress as a fraction. Reading an MP4 with an edit list (a stream-copied section that starts
 * at an earlier keyframe) honours it, so the output starts exactly where the section does.
 */
export function createReencoder(deps: { ffmpeg: string; timeoutMs: number }) {
  let turn: Promise<unknown> = Promise.resolve();

  async function encode(job: ReencodeJob, signal: AbortSignal, onProgress: (f: number) => void) {
    const args = ['-n', '19', deps.ffmpeg, '-v', 'error', '-nostdin', '-y', '-i', job.input];
    if (job.burn) args.push('-vf', `subtitles=${job.burn}`);
    args.push(
      ...['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p'],
      ...['-c:a', 'aac', '-b:a', '128k', '-movflags', '+faststart'],
      ...['-progress', 'pipe:1', '-nostats', job.output],
    );
    const r = await runTool('nice', {
      args,
      cwd: job.cwd,
      timeoutMs: deps.timeoutMs,
      signal,
      onLine: (line) => {
        // ffmpeg 7 ends at the last frame's start (2.92 of 3 s), ffmpeg 5 past the end: the end is `progress=end`.
        if (line === 'progress=end') return onProgress(1);
        const m = /^out_time_us=(\d+)/.exec(line);
        if (m && job.seconds > 0) onProgress(Math.min(1, Number(m[1]) / 1e6 / job.seconds));
      },
    });
    if (r.ended === 'cancelled') throw new JobFailure('cancelled', 'cancelled');
    if (r.ended === 'timeout') throw new JobFailure('timeout', 'ffmpeg took too long');
    if (r.ended !== 'exited' || r.exitCode !== 0)
      throw new JobFailure('internal', `ffmpeg failed: ${r.stderr.trim().split('\n').at(-1) ?? ''}`);
  }

  return {
    /** Waits for this process's turn (cancellable), then encodes. */
    run(job: ReencodeJob, signal: AbortSignal, onProgress: (fraction: number) => void): Promise<void> {
      const mine = turn.then(() => {
        signal.throwIfAborted();
        return encode(job, signal, onProgress);
      });
      turn = mine.catch(() => {});
      return mine;
    },
  };
}

export type Reencoder = ReturnType<typeof createReencoder>;
