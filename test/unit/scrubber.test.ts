import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/logger.js';

describe('secret scrubber', () => {
  const scrub = createScrubber(['123456:ABCDEFGHIJKLMNOP', undefined]);
  it('removes the token from URLs, messages and its secret half alone', () => {
    const line =
      'request to https://api.telegram.org/bot123456:ABCDEFGHIJKLMNOP/getUpdates failed; ABCDEFGHIJKLMNOP';
    const out = scrub(line);
    expect(out).not.toContain('ABCDEFGHIJKLMNOP');
    expect(out).toContain('/bot[REDACTED]/getUpdates');
  });
  it('removes the URL-encoded form too', () => {
    expect(scrub('x=123456%3AABCDEFGHIJKLMNOP')).toBe('x=[REDACTED]');
  });
});
