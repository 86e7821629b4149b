/** yt-dlp versions are dates: 2025.11.12, sometimes with a build suffix (2025.11.12.232345). */
export function parseYtdlpVersion(output: string): string | undefined {
  return output.match(/\b(\d{4}\.\d{2}\.\d{2})(?:\.\d+)?\b/)?.[0];
}

/** The release that made an external JavaScript runtime necessary for YouTube, and added `--js-runtimes`. */
export const JS_RUNTIMES_SINCE = '2025.11.12';

export function supportsJsRuntimes(version: string | undefined): boolean {
  const date = version?.match(/^\d{4}\.\d{2}\.\d{2}/)?.[0];
  return date !== undefined && date >= JS_RUNTIMES_SINCE;
}
