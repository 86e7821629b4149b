import { readFile } from 'node:fs/promises';
import type { Api } from 'grammy';
import type { Config } from '../config.js';
import { withDeadline } from '../lifecycle/deadline.js';

/**
 * A small file a user sent to the bot, as text: getFile, then Telegram's file download (a local
 * Bot API server gives an absolute path on this disk instead). At most `maxBytes`; 30 s.
 */
export async function downloadTelegramFile(
  api: Api,
  config: Pick<Config, 'apiRoot' | 'botToken' | 'botApiLocal'>,
  fileId: string,
  maxBytes: number,
): Promise<string> {
  const file = await api.getFile(fileId);
  if (!file.file_path) throw new Error('Telegram gave no path for the file');
  if ((file.file_size ?? 0) > maxBytes) throw new Error('the file is too large');
  if (config.botApiLocal && file.file_path.startsWith('/')) return readFile(file.file_path, 'utf8');
  const deadline = withDeadline(30_000);
  try {
    const res = await fetch(`${config.apiRoot}/file/bot${config.botToken}/${file.file_path}`, {
      signal: deadline.signal,
    });
    if (!res.ok) throw new Error(`the file download answered ${res.status}`);
    const text = await res.text();
    if (Buffer.byteLength(text) > maxBytes) throw new Error('the file is too large');
    return text;
  } finally {
    deadline.clear();
  }
}
