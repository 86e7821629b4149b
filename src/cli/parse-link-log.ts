/** One line of the original bot's link log: `user_id|url|YYYY-MM-DD HH:MM:SS` (server time, taken as UTC). */
export function parseLinkLogLine(line: string): { userId: number; url: string; createdAt: number } | string {
  const parts = line.split('|');
  if (parts.length < 3) return 'expected user_id|url|YYYY-MM-DD HH:MM:SS';
  const userId = Number(parts[0]!.trim());
  const stamp = parts.at(-1)!.trim();
  const url = parts.slice(1, -1).join('|').trim();
  if (!Number.isSafeInteger(userId) || userId <= 0) return 'user_id is not a positive number';
  if (!/^https?:\/\/\S+$/i.test(url)) return 'url is not an http(s) link';
  const m = stamp.match(/^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/);
  if (!m) return 'date is not YYYY-MM-DD HH:MM:SS';
  const createdAt = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  if (Number.isNaN(createdAt) || new Date(createdAt).getUTCDate() !== +m[3]!)
    return 'date is not a real date';
  return { userId, url, createdAt };
}
