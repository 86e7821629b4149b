import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { JobFailure } from '../pipeline/types.js';
import { runTool } from '../tools/run-tool.js';

/** Byte ranges of at most `maxPart` bytes: raw parts whose concatenation is the original. */
export function planRawParts(size: number, maxPart: number): { start: number; size: number }[] {
  const parts: { start: number; size: number }[] = [];
  for (let start = 0; start < size; start += maxPart)
    parts.push({ start, size: Math.min(maxPart, size - start) });
  return parts;
}

/** `name.001`, `name.002`, …: the names people expect from split archives. */
export function rawPartName(name: string, index: number): string {
  return `${name}.${String(index + 1).padStart(3, '0')}`;
}

/**
 * A video cut by time with ffmpeg (stream copy, cuts on keyframes) so every part plays on its
 * own. Segment length aims at 90% of the byte limit by the average bitrate.
 */
export async function splitVideo(opts: {
  file: string;
  size: number;
  duration: number;
  maxPart: number;
  ffmpeg: string;
  dir: string;
  signal: AbortSignal;
  onAlive?: () => void;
}): Promise<string[]> {
  const parts = Math.ceil(opts.size / (opts.maxPart * 0.9));
  const seconds = Math.max(1, Math.floor(opts.duration / parts));
  const pattern = path.join(opts.dir, 'part-%03d.mp4');
  const r = await runTool(opts.ffmpeg, {
    args: [
      '-v',
      'error',
      '-y',
      '-i',
      opts.file,
      '-map',
      '0',
      '-c',
      'copy',
      '-f',
      'segment',
      '-segment_time',
      String(seconds),
      '-reset_timestamps',
      '1',
      pattern,
    ],
    signal: opts.signal,
    timeoutMs: 3_600_000,
    // A long cut is work, not a wedged job.
    tick: { everyMs: 5000, run: () => opts.onAlive?.() },
  });
  if (r.ended === 'cancelled') throw new JobFailure('cancelled', 'cancelled');
  if (r.ended !== 'exited' || r.exitCode !== 0)
    throw new Error(`ffmpeg could not cut the video (${r.ended}): ${r.stderr.slice(-300)}`);
  return (await readdir(opts.dir))
    .filter((f) => /^part-\d{3}\.mp4$/.test(f))
    .sort()
    .map((f) => path.join(opts.dir, f));
}
