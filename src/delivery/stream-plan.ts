import { faststartMoovEnd } from '../media/mp4-layout.js';
import { type MediaInfo, probeMedia } from '../media/probe.js';
import { shapeOf } from '../pipeline/file-shape.js';
import type { GrowingFile, LocalFile } from '../pipeline/types.js';
import type { JobRecord } from '../storage/types.js';

/** After a faststart MP4's moov, enough of its media for ffprobe and a first-frame thumbnail. */
const FIRST_FRAMES_BYTES = 2 * 1024 * 1024;

/**
 * What a file still landing will be sent as, decided from its head, or undefined when the head
 * cannot decide (then it is sent once finished): documents at once; a video only when it is a
 * faststart MP4, whose duration and size ffprobe reads from the moov at its start; pictures,
 * animations and audio wait (small, or their metadata needs the whole file).
 */
export async function mediaFromHead(
  deps: { ffprobe?: string },
  job: JobRecord,
  f: LocalFile,
  growing: GrowingFile,
  signal: AbortSignal,
): Promise<MediaInfo | undefined> {
  if (f.asDocument) return { kind: 'document', ...f.asDocument };
  const byMagic = await probeMedia(f.file, undefined, signal);
  if (byMagic.kind === 'video' && shapeOf(job).sendAs === 'document') byMagic.kind = 'document';
  if (byMagic.kind === 'document') return byMagic;
  if (byMagic.kind !== 'video' || !deps.ffprobe) return undefined;
  const moovEnd = await faststartMoovEnd(f.file, growing, signal);
  if (moovEnd === undefined) return undefined;
  await growing.waitFor(Math.min(growing.size, moovEnd + FIRST_FRAMES_BYTES), signal);
  const media = await probeMedia(f.file, deps.ffprobe, signal);
  return media.kind === 'video' && media.duration ? media : undefined;
}
