import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDisposition, parseRange } from '../../src/file-links/range.js';

describe('Range and Content-Disposition for file links', () => {
  it('answers one byte range as asked and ignores what it may ignore (RFC 9110)', () => {
    expect(parseRange(undefined, 100)).toEqual({ kind: 'full' });
    expect(parseRange('bytes=0-9', 100)).toEqual({ kind: 'partial', start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseRange('bytes=90-500', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseRange('bytes=-500', 100)).toEqual({ kind: 'partial', start: 0, end: 99 });
    expect(parseRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' });
    for (const ignored of [
      'bytes=0-1,5-9',
      'items=0-9',
      'bytes=9-1',
      'bytes=-',
      'bytes=a-b',
      'bytes=0-9 junk',
    ])
      expect(parseRange(ignored, 100), ignored).toEqual({ kind: 'full' });
  });

  it('never answers a range outside the file', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 1e12 }), (header, size) => {
        const r = parseRange(`bytes=${header}`, size);
        if (r.kind === 'partial') {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThan(size);
          expect(r.start).toBeLessThanOrEqual(r.end);
        }
      }),
    );
  });

  it('keeps any name intact in filename* and gives a plain ASCII fallback that cannot break the header', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), (name) => {
        const header = contentDisposition('attachment', name);
        const star = header.match(/filename\*=UTF-8''([^;\s]+)$/)![1]!;
        expect(decodeURIComponent(star)).toBe(name);
        const plain = header.match(/filename="([^"]*)"/)![1]!;
        expect(plain).toMatch(/^[\x20-\x7e]*$/);
        expect(header).not.toMatch(/[\r\n]/);
      }),
    );
    expect(contentDisposition('inline', 'فیلم.mp4')).toBe(
      `inline; filename="____.mp4"; filename*=UTF-8''%D9%81%DB%8C%D9%84%D9%85.mp4`,
    );
  });
});
