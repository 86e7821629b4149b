import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReencoder } from '../../src/media/reencode.js';
import { shiftSrt } from '../../src/media/srt.js';
import { pickSubtitles } from '../../src/sources/subtitle-choice.js';
import { makeMp4 } from '../support/media.js';

const tracks = (...codes: string[]) => Object.fromEntries(codes.map((c) => [c, [{ ext: 'vtt' }]]));

describe('subtitles chosen from a page', () => {
  it('takes manual ones before automatic ones, the user’s language first', () => {
    const page = { subtitles: tracks('en', 'fa', 'de', 'fr'), automatic_captions: tracks('ru') };
    expect(pickSubtitles(page, { as: 'files' }, 'fa')).toEqual({
      langs: ['fa', 'en', 'de'],
      automatic: false,
    });
    expect(pickSubtitles(page, { as: 'burn' }, 'fa')).toEqual({ langs: ['fa'], automatic: false });
    expect(pickSubtitles(page, { as: 'files', lang: 'de' }, 'fa')).toEqual({
      langs: ['de'],
      automatic: false,
    });
    // Only automatic captions: one language, the user's, else the original (`-orig`).
    const auto = { automatic_captions: tracks('ab', 'en-orig', 'fa', 'zh-Hans') };
    expect(pickSubtitles(auto, { as: 'files' }, 'fa')).toEqual({ langs: ['fa'], automatic: true });
    expect(pickSubtitles(auto, { as: 'files' }, 'de')).toEqual({ langs: ['en-orig'], automatic: true });
    expect(pickSubtitles({}, { as: 'files' }, 'fa')).toBeUndefined();
  });

  it('moves cues to a section’s start and drops those before it', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nbefore\n\n2\n00:01:21,500 --> 00:01:23,000\nin it\n';
    expect(shiftSrt(srt, 80)).toBe('1\n00:00:01,500 --> 00:00:03,000\nin it\n');
  });
});

describe('re-encoding', () => {
  it('runs one encode at a time in a process, reporting progress up to the end', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reencode-'));
    const input = makeMp4(3, 320, 240);
    const reencoder = createReencoder({ ffmpeg: 'ffmpeg', timeoutMs: 60_000 });
    const events: string[] = [];
    const run = (name: string) =>
      reencoder
        .run(
          { input, output: path.join(dir, `${name}.mp4`), cwd: dir, seconds: 3 },
          new AbortController().signal,
          (f) => {
            if (!events.includes(`${name} started`)) events.push(`${name} started`);
            if (f === 1) events.push(`${name} at 100%`);
          },
        )
        .then(() => events.push(`${name} done`));
    await Promise.all([run('a'), run('b')]);
    const at = (e: string) => events.indexOf(e);
    expect(at('a done')).toBeGreaterThan(-1);
    expect(at('b started')).toBeGreaterThan(at('a done'));
    expect(events).toContain('b at 100%');
  });
});
