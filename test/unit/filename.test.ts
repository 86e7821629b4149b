import { describe, expect, it } from 'vitest';
import { filenameFromDisposition, sanitizeFilename } from '../../src/download/filename.js';

describe('filenames', () => {
  it.each([
    ['attachment; filename="report.pdf"', 'report.pdf'],
    ['attachment; filename=plain.txt', 'plain.txt'],
    ['attachment; filename="fallback.bin"; filename*=UTF-8\'\'%D9%81%D8%A7%DB%8C%D9%84.zip', 'فایل.zip'],
    ["inline; filename*=utf-8''na%C3%AFve%20file.txt", 'naïve file.txt'],
    ['attachment; filename="quo\\"te.txt"', 'quo"te.txt'],
    ['attachment', undefined],
    [undefined, undefined],
  ])('parses %s', (header, expected) => {
    expect(filenameFromDisposition(header)).toBe(expected);
  });

  it('removes separators, control and bidi-override characters', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(sanitizeFilename('a\u0000b\u202Egnp.exe')).toBe('abgnp.exe');
    expect(sanitizeFilename('..')).toBe('file');
    expect(sanitizeFilename('')).toBe('file');
    expect(sanitizeFilename('ویدیو جدید.mp4')).toBe('ویدیو جدید.mp4');
  });

  it('caps long names in bytes and keeps the extension', () => {
    const out = sanitizeFilename(`${'ب'.repeat(5000)}.mp4`);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(200);
    expect(out.endsWith('.mp4')).toBe(true);
  });
});
