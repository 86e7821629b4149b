import { describe, expect, it } from 'vitest';
import { youtubeListOf } from '../../src/sources/youtube-list.js';

describe('a YouTube link with a video and a list', () => {
  it('offers the list page for watch?v=…&list=… and youtu.be/…?list=…, on every YouTube host', () => {
    const list = 'https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG';
    for (const link of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&index=2',
      'https://m.youtube.com/watch?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&v=dQw4w9WgXcQ',
      'https://music.youtube.com/watch?v=dQw4w9WgXcQ&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
      'https://youtu.be/dQw4w9WgXcQ?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
    ])
      expect(youtubeListOf(link), link).toBe(list);
  });

  it('offers nothing for a plain video, a list page itself, a mix, another site or garbage', () => {
    for (const link of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=RDdQw4w9WgXcQ',
      'https://example.com/watch?v=dQw4w9WgXcQ&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
      'https://www.youtube.com/watch?v=x&list=../../etc',
      'not a url',
    ])
      expect(youtubeListOf(link), link).toBeUndefined();
  });
});
