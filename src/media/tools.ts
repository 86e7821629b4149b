import { execFile } from 'node:child_process';

/** Which external tools this host has; checked once at start and shown in /health and the log. */
export interface ToolInfo {
  available: boolean;
  path: string;
  version?: string;
}

export function detectTool(path: string, args: string[]): Promise<ToolInfo> {
  return new Promise((resolve) => {
    execFile(path, args, { timeout: 10_000 }, (err, stdout) => {
      if (err) return resolve({ available: false, path });
      resolve({ available: true, path, version: stdout.split('\n')[0]?.trim() });
    });
  });
}

export function ffprobePathFor(ffmpegPath: string): string {
  return ffmpegPath.replace(/ffmpeg(\.exe)?$/, (_m, ext: string | undefined) => `ffprobe${ext ?? ''}`);
}
