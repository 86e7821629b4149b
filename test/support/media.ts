import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Kept between runs (the run's own temp folder is removed at its end: see global-setup). */
const DIR = process.env.PISHTAZ_TEST_MEDIA ?? path.join(tmpdir(), 'pishtaz-test-media');

/** A real H.264/AAC mp4 made with ffmpeg (cached between runs); `noisy` makes it ~1.5 MB a second. */
export function makeMp4(
  seconds = 3,
  width = 320,
  height = 240,
  name = `clip-${seconds}s-${width}x${height}.mp4`,
  noisy = false,
): string {
  mkdirSync(DIR, { recursive: true });
  const out = path.join(DIR, name);
  if (!existsSync(out)) {
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      `testsrc=duration=${seconds}:size=${width}x${height}:rate=25${noisy ? ',noise=alls=40:allf=t' : ''}`,
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=440:duration=${seconds}`,
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-preset',
      'ultrafast',
      '-c:a',
      'aac',
      '-shortest',
      '-movflags',
      '+faststart',
      out,
    ]);
  }
  return out;
}

/** `size` zero bytes, gzipped: a small body that inflates enormously (made once, then cached). */
export function gzipBomb(size: number): Buffer {
  const file = path.join(DIR, `zeros-${size}.gz`);
  if (existsSync(file)) return readFileSync(file);
  const body = gzipSync(Buffer.alloc(size, 0));
  mkdirSync(DIR, { recursive: true });
  // Renamed into place: a file of another worker making the same one at once is never half read.
  writeFileSync(`${file}.${process.pid}`, body);
  renameSync(`${file}.${process.pid}`, file);
  return body;
}

export function makeGif(): string {
  return cachedFfmpeg('anim.gif', ['-f', 'lavfi', '-i', 'testsrc=duration=2:size=160x120:rate=10']);
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** An HLS rendition of a clip: playlist plus segments in one folder. */
export function makeHls(): { dir: string; files: string[] } {
  const dir = path.join(DIR, 'hls');
  if (!existsSync(path.join(dir, 'index.m3u8'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-i',
      makeMp4(4, 320, 240),
      '-c',
      'copy',
      '-f',
      'hls',
      '-hls_time',
      '1',
      '-hls_playlist_type',
      'vod',
      path.join(dir, 'index.m3u8'),
    ]);
  }
  return { dir, files: readdirSync(dir) };
}

export function videoPage(title: string, src: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><video controls src="${src}"></video></body></html>`;
}

/** A PNG test picture (one testsrc frame). */
export function makePng(): string {
  return cachedFfmpeg('pic.png', ['-f', 'lavfi', '-i', 'testsrc=size=320x200:duration=1', '-frames:v', '1']);
}

export function makeJpeg(): string {
  return cachedFfmpeg('pic.jpg', ['-f', 'lavfi', '-i', 'testsrc=size=320x200:duration=1', '-frames:v', '1']);
}

/** A picture far wider than Telegram allows for a photo (ratio 100:1). */
export function makeWidePng(): string {
  return cachedFfmpeg('wide.png', ['-f', 'lavfi', '-i', 'testsrc=size=2000x20:duration=1', '-frames:v', '1']);
}

/** Runs ffmpeg once per output name; later calls reuse the file. */
function cachedFfmpeg(name: string, input: string[]): string {
  mkdirSync(DIR, { recursive: true });
  const out = path.join(DIR, name);
  if (!existsSync(out)) execFileSync('ffmpeg', ['-v', 'error', '-y', ...input, out]);
  return out;
}

/** The same clip with its moov after the media data (not "faststart"), as many cameras write. */
export function moovAtEnd(mp4: string): string {
  return cachedFfmpeg(`${path.basename(mp4, '.mp4')}-moov-at-end.mp4`, ['-i', mp4, '-c', 'copy']);
}

/** A VP9/Opus WebM, as pages that offer no H.264 serve it. */
export function makeVp9(seconds = 3): string {
  return cachedFfmpeg(`clip-${seconds}s-vp9.webm`, [
    ...['-f', 'lavfi', '-i', `testsrc=duration=${seconds}:size=320x240:rate=25`],
    ...['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`],
    ...['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '200k'],
    ...['-c:a', 'libopus', '-shortest'],
  ]);
}
