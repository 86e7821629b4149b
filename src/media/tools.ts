import { execa } from 'execa';

/** Which external tools this host has; checked once at start and shown in /health and the log. */
export interface ToolInfo {
  available: boolean;
  path: string;
  version?: string;
}

export async function detectTool(path: string, args: string[]): Promise<ToolInfo> {
  try {
    const r = await execa(path, args, { timeout: 10_000, reject: false });
    if (r.exitCode !== 0) return { available: false, path };
    return { available: true, path, version: r.stdout.split('\n')[0]?.trim() };
  } catch {
    return { available: false, path };
  }
}

export function ffprobePathFor(ffmpegPath: string): string {
  return ffmpegPath.replace(/ffmpeg(\.exe)?$/, (_m, ext: string | undefined) => `ffprobe${ext ?? ''}`);
}
