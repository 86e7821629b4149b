import { describe, expect, it } from 'vitest';
import { parseLinkWords } from '../../src/bot/link-words.js';
import { shapeOf } from '../../src/pipeline/file-shape.js';

const shape = (text: string) => {
  const r = parseLinkWords(text);
  if ('unknown' in r) throw new Error(`unknown ${r.unknown}`);
  return shapeOf({ kind: r.kind ?? 'auto', options: r.options });
};

describe('words after a link', () => {
  it('reads each word, in any order, into the shape of the file', () => {
    expect(shape(' 1:20-2:05 720')).toMatchObject({ section: { start: 80, end: 125 }, quality: '720' });
    expect(shape('720 1:02:00-1:04:30 subs')).toMatchObject({
      section: { start: 3720, end: 3870 },
      subs: { as: 'files', lang: undefined },
    });
    expect(shape('audio')).toMatchObject({ kind: 'audio' });
    expect(shape('doc subs:de')).toMatchObject({ sendAs: 'document', subs: { as: 'files', lang: 'de' } });
    expect(shape('SUBS:BURN video')).toMatchObject({ kind: 'video', subs: { as: 'burn' } });
    expect(shape('')).toEqual(shapeOf({ kind: 'auto', options: {} }));
  });

  it('returns the first word it does not know: a reversed section, a bad time, a height it does not offer', () => {
    for (const [text, word] of <[string, string][]>[
      ['2:05-1:20', '2:05-1:20'],
      ['1:75-2:00', '1:75-2:00'],
      ['720 hd', 'hd'],
      ['999', '999'],
      ['subs:../x', 'subs:../x'],
      ['--exec=rm', '--exec=rm'],
    ])
      expect(parseLinkWords(text)).toEqual({ unknown: word });
  });
});
