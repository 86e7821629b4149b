import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALLBACK_DATA_LIMIT, type CallbackAction, callbackData } from '../../src/callbacks/callback-data.js';
import { type FileShape, fileCacheKey } from '../../src/pipeline/file-shape.js';

const runs = { numRuns: 500 };

describe('properties', () => {
  it('callback data: what is encoded decodes to itself within 64 bytes; anything else decodes to nothing or a valid value', () => {
    const jobId = fc.stringMatching(/^[\w-]{1,40}$/);
    const kind = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(jobId, kind, fc.integer({ min: 0, max: 99 }), (id, k, n) => {
        const data = callbackData.answer.encode({ jobId: id, kind: k, n });
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
        expect(callbackData.answer.decode(data)).toEqual({ jobId: id, kind: k, n: String(n) });
        expect(callbackData.cancel.decode(callbackData.cancel.encode({ jobId: id }))).toEqual({ jobId: id });
      }),
      runs,
    );
    // Made-up data (a forged or truncated callback) never throws, and what decodes is well formed.
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (data) => {
        for (const action of Object.values(callbackData) as CallbackAction<Record<string, string>>[]) {
          const v = action.decode(data);
          if (v) expect(action.encode(v)).toBe(data);
        }
      }),
      runs,
    );
  });

  it('the file_id cache key: options that change the file give different keys, the same options the same key', () => {
    // As the options store them: a section "start-end" in seconds, subtitles "files[:lang]" or "burn".
    type Stored = Omit<FileShape, 'section' | 'subs'> & { section?: string; subs?: string };
    const shape: fc.Arbitrary<Stored> = fc.record({
      kind: fc.constantFrom('auto', 'video', 'audio'),
      format: fc.option(fc.constantFrom('360', '720', 'best', 'audio'), { nil: undefined }),
      quality: fc.option(fc.constantFrom('auto', '360', '480', '720', '1080'), { nil: undefined }),
      sendAs: fc.option(fc.constantFrom('video', 'document'), { nil: undefined }),
      items: fc.option(fc.constantFrom('all', 'first'), { nil: undefined }),
      landscape: fc.option(fc.boolean(), { nil: undefined }),
      section: fc.option(fc.constantFrom('3-7', '80-125', '0-7'), { nil: undefined }),
      subs: fc.option(fc.constantFrom('files', 'files:de', 'burn', 'burn:de'), { nil: undefined }),
      audioFormat: fc.option(fc.constantFrom('m4a', 'mp3'), { nil: undefined }),
    }) as fc.Arbitrary<Stored>;
    // What the user gets, written out: the automatic choice aims for 720 unless told a height.
    const outcome = (s: Stored) =>
      JSON.stringify([
        s.kind,
        s.format ?? `auto:${s.quality && /^\d+$/.test(s.quality) ? s.quality : '720'}`,
        s.sendAs === 'document',
        s.items ?? null,
        Boolean(s.landscape),
        s.section ?? null,
        s.subs ?? null,
        // mp3 only changes what `audio` makes.
        (s.kind === 'audio' || s.format === 'audio') && s.audioFormat === 'mp3',
      ]);
    const key = (s: Stored) =>
      fileCacheKey({ kind: s.kind, url: 'https://v.example/watch?v=1&utm_source=x#t=3', options: { ...s } });
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        expect(key(a) === key(b)).toBe(outcome(a) === outcome(b));
      }),
      { numRuns: 2000 },
    );
    expect(key({ kind: 'auto' })).toBe('https://v.example/watch?v=1');
  });
});
