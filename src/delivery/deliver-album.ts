import { fitsAsPhoto, type MediaInfo, makeThumbnail, probeMedia } from '../media/probe.js';
import { createRateMeter } from '../pipeline/rate-meter.js';
import { replyTarget } from '../pipeline/reply-target.js';
import type { JobIO, LocalFile } from '../pipeline/types.js';
import type { JobRecord } from '../storage/types.js';
import { caption, type DeliveryDeps, deliverFile } from './deliver-file.js';
import { isSendMethod } from './send-methods.js';
import type { AlbumSends, Sent } from './types.js';

/** Telegram's most items in one album. */
const ALBUM_SIZE = 10;

/**
 * Several files for one link: videos and photos within the Bot API limit go out as albums of up
 * to 10 (sendMediaGroup), the link's caption on the first item; anything else (a document, an
 * animation, a file only MTProto can carry) is sent on its own after them.
 */
export async function deliverAlbum(
  deps: DeliveryDeps,
  job: JobRecord,
  io: JobIO,
  files: LocalFile[],
): Promise<{ last: Sent; sends: AlbumSends | undefined }> {
  // What was sent, to send again from the file_id cache; a file that went out in parts is not kept.
  let sends: AlbumSends | undefined = [];
  const keep = (sent: Sent) => {
    if (sends && isSendMethod(sent.method) && sent.fileId)
      sends.push({ method: sent.method, fileId: sent.fileId });
    else sends = undefined;
    return sent;
  };
  const grouped: { f: LocalFile; media: MediaInfo }[] = [];
  const alone: LocalFile[] = [];
  for (const f of files) {
    const media = await probeMedia(f.file, deps.ffprobe, io.signal);
    for (const [k, v] of Object.entries(f.meta ?? {})) if (v !== undefined) Object.assign(media, { [k]: v });
    const albumable =
      f.size <= deps.botApiLimitBytes &&
      (media.kind === 'video' || (media.kind === 'photo' && fitsAsPhoto(f.size, media.width, media.height)));
    if (albumable && deps.botApiUploader.uploadGroup) grouped.push({ f, media });
    else alone.push(f);
  }
  let last: Sent | undefined;
  for (let start = 0; start < grouped.length; start += ALBUM_SIZE) {
    const chunk = grouped.slice(start, start + ALBUM_SIZE);
    if (chunk.length === 1) {
      last = keep(await deliverFile(deps, job, io, chunk[0]!.f));
      continue;
    }
    const items = [];
    for (const { f, media } of chunk) {
      const thumbnail =
        deps.ffmpeg && media.kind === 'video'
          ? await makeThumbnail(f.file, deps.ffmpeg, media.duration, io.signal)
          : undefined;
      items.push({ file: f.file, filename: f.filename, size: f.size, media, thumbnail });
    }
    const total = chunk.reduce((n, { f }) => n + f.size, 0);
    const rate = createRateMeter();
    const first = chunk[0]!.f;
    const album = await deps.botApiUploader.uploadGroup!({
      chatId: job.chatId,
      items,
      caption: first.caption ?? caption(deps.t, job, first.filename, first.size),
      target: replyTarget(job),
      signal: io.signal,
      onProgress: (done) => {
        io.touch();
        io.report({
          phase: 'uploading',
          done,
          total,
          speed: rate(done),
          item: { index: start + chunk.length - 1, count: grouped.length },
        });
      },
    });
    sends?.push({ group: album.items });
    last = album;
  }
  for (const f of alone) last = keep(await deliverFile(deps, job, io, f));
  return { last: last!, sends };
}
