import { describe, expect, it } from 'vitest';
import { formatSelector, qualityOptions } from '../../src/video/formats.js';
import { classifyError } from '../../src/video/ytdlp-errors.js';

const MB = 1024 * 1024;
const site = {
  title: 'clip',
  formats: [
    { format_id: 'a', vcodec: 'none', acodec: 'mp4a', ext: 'm4a', filesize: 2 * MB, tbr: 128 },
    { format_id: '360', vcodec: 'avc1', acodec: 'none', ext: 'mp4', height: 360, filesize: 10 * MB },
    { format_id: '720', vcodec: 'avc1', acodec: 'none', ext: 'mp4', height: 720, filesize: 40 * MB },
    { format_id: '1080', vcodec: 'avc1', acodec: 'none', ext: 'mp4', height: 1080, filesize: 90 * MB },
  ],
};

describe('quality choices', () => {
  it('lists the heights that fit the limit with video+audio sizes, plus audio only', () => {
    const options = qualityOptions(site, 50 * MB);
    expect(options.map((o) => o.id)).toEqual(['360', '720', 'audio']);
    expect(options[0]!.size).toBe(12 * MB);
    expect(options[1]!.size).toBe(42 * MB);
    expect(options[2]!.size).toBe(2 * MB);
  });

  it('offers "best" for pages without format details', () => {
    expect(qualityOptions({ formats: [{ format_id: '0', ext: 'mp4' }] }, 50 * MB).map((o) => o.id)).toEqual([
      'best',
      'audio',
    ]);
  });

  it('builds selectors with a height cap, the size limit and fallbacks', () => {
    const { selector, audioOnly } = formatSelector('480', 50 * MB);
    expect(audioOnly).toBe(false);
    expect(selector.startsWith(`bv*[height<=480][vcodec^=avc1][filesize<?${50 * MB}]+ba[acodec^=mp4a]`)).toBe(
      true,
    );
    expect(selector.endsWith('/b')).toBe(true);
    expect(formatSelector('audio', MB).audioOnly).toBe(true);
  });

  it.each([
    ['ERROR: Unsupported URL: http://x', 'unsupported'],
    ['ERROR: [youtube] abc: Private video. Sign in if', 'private'],
    ['ERROR: The uploader has not made this video available in your country', 'geo'],
    [
      'ERROR: [youtube] abc: Sign in to confirm you’re not a bot. Use --cookies-from-browser or --cookies',
      'bot-check',
    ],
    [
      'ERROR: [instagram] abc: Requested content is not available, rate-limit reached or login required. Use --cookies',
      'rate-limited',
    ],
    ['ERROR: [youtube] abc: This video is age-restricted; sign in to confirm your age', 'login'],
    ['ERROR: [youtube] abc: Video unavailable. This video has been removed by the uploader', 'removed'],
    ['ERROR: [youtube] abc: HTTP Error 429: Too Many Requests', 'rate-limited'],
    ['ERROR: [youtube] abc: nsig extraction failed: Some formats may be missing', 'extractor-broken'],
    [
      'ERROR: [tiktok] abc: Unable to extract universal data; please report this issue on https://github.com/yt-dlp/yt-dlp/issues',
      'extractor-broken',
    ],
    ['ERROR: [generic] Unable to extract title', 'unsupported'],
    ['ERROR: Requested format is not available', 'format'],
  ])('classifies %s', (stderr, kind) => {
    expect(classifyError(stderr)).toBe(kind);
  });
});
