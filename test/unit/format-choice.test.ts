import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSelector } from '../../src/video/formats.js';

const MB = 1024 * 1024;
const format = (id: string, f: Record<string, unknown>) => ({
  format_id: id,
  url: `http://127.0.0.1:9/${id}`,
  ...f,
});
/** A page offering VP9, AV1 and H.264 video, and the original English audio with a Persian dub. */
const PAGE = {
  id: 'x',
  title: 'Dubbed',
  extractor: 'generic',
  extractor_key: 'Generic',
  webpage_url: 'http://127.0.0.1:9/x',
  formats: [
    format('vp9-720', { ext: 'webm', vcodec: 'vp9', acodec: 'none', height: 720, tbr: 900 }),
    format('av1-720', { ext: 'mp4', vcodec: 'av01.0.08M.08', acodec: 'none', height: 720, tbr: 1500 }),
    format('avc-720', { ext: 'mp4', vcodec: 'avc1.64001f', acodec: 'none', height: 720, tbr: 1200 }),
    format('aud-en', {
      ext: 'm4a',
      vcodec: 'none',
      acodec: 'mp4a.40.2',
      language: 'en',
      language_preference: 10,
    }),
    format('aud-fa', {
      ext: 'm4a',
      vcodec: 'none',
      acodec: 'mp4a.40.2',
      language: 'fa',
      language_preference: -1,
    }),
  ],
};

/** What real yt-dlp picks with our selector from a page's formats (no network: --load-info-json). */
function picked(choice: string, language: string | undefined, page: object = PAGE): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'format-choice-'));
  writeFileSync(path.join(dir, 'info.json'), JSON.stringify(page));
  const { selector } = formatSelector(choice, 50 * MB, language);
  return execFileSync(
    'yt-dlp',
    [
      '--ignore-config',
      '--load-info-json',
      path.join(dir, 'info.json'),
      '-f',
      selector,
      '--simulate',
      '--print',
      'format_id',
    ],
    { encoding: 'utf8' },
  ).trim();
}

describe('the format yt-dlp is told to choose', () => {
  it('is H.264 in MP4 even when VP9 and AV1 are offered, with the user’s dub, else the original', () => {
    expect(picked('720', 'fa')).toBe('avc-720+aud-fa');
    expect(picked('720', 'de')).toBe('avc-720+aud-en');
    expect(picked('audio', 'fa')).toBe('aud-fa');
  });

  it('takes what there is when a page has no H.264', () => {
    const vp9Only = { ...PAGE, formats: PAGE.formats.filter((f) => !/^(avc|av1)/.test(f.format_id)) };
    expect(picked('720', 'en')).toBe('avc-720+aud-en');
    expect(picked('720', 'en', vp9Only)).toMatch(/^vp9-720\+aud-en$/);
  });
});
