import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainFetchAllowed } from '../../src/app/create-ytdlp.js';
import { parseConfig } from '../../src/config.js';
import { createCookiePool } from '../../src/cookies/cookie-pool.js';
import { plainItemOf } from '../../src/sources/plain-item.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import type { VideoInfo } from '../../src/video/ytdlp.js';

const PAGE = 'https://blog.example/post';
/** An item as yt-dlp describes a page's `<video src>` (its generic extractor, html5 embeds). */
const embed = (over: Partial<VideoInfo> = {}): VideoInfo => ({
  extractor: 'html5',
  ext: 'mp4',
  url: 'https://cdn.example/a.mp4',
  protocol: 'https',
  http_headers: { 'User-Agent': 'x', Referer: PAGE },
  formats: [
    {
      format_id: '0',
      ext: 'mp4',
      url: 'https://cdn.example/a.mp4',
      protocol: 'https',
      http_headers: { 'User-Agent': 'x', Referer: PAGE },
    },
  ],
  ...over,
});

describe('items that are plain files on their page', () => {
  it('takes a page’s one-address media element as a plain file, with the page as Referer', () => {
    expect(plainItemOf(embed())).toEqual({ url: 'https://cdn.example/a.mp4', ext: 'mp4', referer: PAGE });
    expect(plainItemOf(embed({ ext: '../x', formats: undefined }))).toEqual({
      url: 'https://cdn.example/a.mp4',
      ext: 'bin',
      referer: PAGE,
    });
  });

  it('leaves to yt-dlp what needs it: a site of its own, several formats, a stream, no address', () => {
    expect(plainItemOf(embed({ extractor: 'youtube' }))).toBeUndefined();
    const hls = { format_id: '1', url: 'https://cdn.example/a.m3u8', protocol: 'm3u8_native' };
    expect(plainItemOf(embed({ formats: [hls] }))).toBeUndefined();
    expect(plainItemOf(embed({ formats: [embed().formats![0]!, hls] }))).toBeUndefined();
    expect(plainItemOf(embed({ formats: [], url: undefined }))).toBeUndefined();
    expect(
      plainItemOf(embed({ formats: [{ format_id: '0', url: 'ftp://cdn.example/a.mp4', protocol: 'ftp' }] })),
    ).toBeUndefined();
  });

  it('fetches without yt-dlp only where yt-dlp would bring no cookies or proxy of its own', async () => {
    const base = { BOT_TOKEN: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw' };
    const dir = mkdtempSync(path.join(tmpdir(), 'plain-'));
    const kv = createSqliteStorage(dir).kv;
    const pool = (domains: string[]) =>
      createCookiePool({ header: { value: 'sid=1', domains }, dir: path.join(dir, 'cookies'), kv });
    const none = createCookiePool({ dir: path.join(dir, 'cookies'), kv });
    const file = 'https://cdn.example/a.mp4';
    expect(await plainFetchAllowed(parseConfig(base), none)(PAGE, file)).toBe(true);
    expect(await plainFetchAllowed(parseConfig(base), pool(['.blog.example']))(PAGE, file)).toBe(false);
    expect(await plainFetchAllowed(parseConfig(base), pool(['cdn.example']))(PAGE, file)).toBe(false);
    const proxied = parseConfig({ ...base, YTDLP_PROXY: 'http://proxy.example:3128' });
    expect(await plainFetchAllowed(proxied, none)(PAGE, file)).toBe(false);
  });
});
