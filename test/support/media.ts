import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const DIR = path.join(tmpdir(), 'pishtaz-test-media');

/** A real H.264/AAC mp4 made with ffmpeg (cached between runs). */
export function makeMp4(
  seconds = 3,
  width = 320,
  height = 240,
  name = `clip-${seconds}s-${width}x${height}.mp4`,
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
      `testsrc=duration=${seconds}:size=${width}x${height}:rate=25`,
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

export function makeGif(): string {
  mkdirSync(DIR, { recursive: true });
  const out = path.join(DIR, 'anim.gif');
  if (!existsSync(out))
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'testsrc=duration=2:size=160x120:rate=10',
      out,
    ]);
  return out;
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
