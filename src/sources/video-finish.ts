import { copyFile, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { videoFacts } from '../media/probe.js';
import type { Reencoder } from '../media/reencode.js';
import { shiftSrt } from '../media/srt.js';
import type { FileShape } from '../pipeline/file-shape.js';
import type { Phrase } from '../pipeline/question.js';
import type { JobIO } from '../pipeline/types.js';
import type { Downloaded } from '../video/ytdlp.js';

export interface FinishDeps {
  ffprobe?: string;
  reencoder?: Reencoder;
  /** Longest video re-encoded (SUBS_BURN_MAX_MINUTES). */
  maxSeconds: number;
}

/** Codecs that play on every phone (VP9 and AV1 do not on iPhones). */
const PLAYS_EVERYWHERE = /^(h264|hevc)$/;

/**
 * What yt-dlp fetched, made into what the user asked for: subtitles moved to a section's start;
 * one re-encode (one at a time, low priority, with progress) when exactness needs it: a section
 * that starts between keyframes, subtitles burned in, a VP9/AV1-only page made H.264. Longer than
 * `maxSeconds`, nothing is re-encoded and the user is told why (`notes`).
 */
export async function finishVideo(
  deps: FinishDeps,
  io: JobIO,
  got: Downloaded,
  shape: Pick<FileShape, 'section' | 'subs'>,
): Promise<{ file: string; subtitles: string[]; notes: Phrase[] }> {
  const dir = path.dirname(got.file);
  const notes: Phrase[] = [];
  const { section, subs } = shape;
  if (section)
    for (const srt of got.subtitles)
      await writeFile(srt, shiftSrt(await readFile(srt, 'utf8'), section.start));
  const facts = deps.ffprobe ? await videoFacts(got.file, deps.ffprobe, io.signal) : undefined;
  const seconds = facts?.duration ?? 0;
  const burn = subs?.as === 'burn' ? got.subtitles[0] : undefined;
  const cut = Boolean(section && facts?.pictureSeconds && facts.pictureSeconds > seconds + 0.5);
  const convert = Boolean(facts?.codec && !PLAYS_EVERYWHERE.test(facts.codec));
  if (!(burn || cut || convert)) return { file: got.file, subtitles: got.subtitles, notes };
  if (!deps.reencoder || seconds > deps.maxSeconds) {
    const minutes = Math.round(deps.maxSeconds / 60);
    if (burn) notes.push({ key: 'note-burn-too-long', args: { minutes } });
    if (convert) notes.push({ key: 'note-codec', args: { codec: facts!.codec!.toUpperCase(), minutes } });
    return { file: got.file, subtitles: got.subtitles, notes };
  }
  const output = path.join(dir, 'finished.mp4');
  if (burn) await copyFile(burn, path.join(dir, 'burn.srt'));
  const step = burn ? 'burning' : 'converting';
  io.report({ phase: 'processing', step });
  await deps.reencoder.run(
    { input: got.file, output, burn: burn && 'burn.srt', cwd: dir, seconds },
    io.signal,
    (fraction) => {
      io.touch();
      io.report({ phase: 'processing', step, percent: Math.floor(fraction * 100) });
    },
  );
  await rm(got.file, { force: true });
  await stat(output);
  return { file: output, subtitles: burn ? [] : got.subtitles, notes };
}
