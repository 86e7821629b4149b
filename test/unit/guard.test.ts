import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUrl, GuardError, guardedLookup, isPublicAddress } from '../../src/net/guard.js';

const strict = { allowPrivate: false, allowlist: [] };

describe('network guard', () => {
  it.each([
    'http://127.0.0.1/',
    'http://10.1.2.3/x',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://2130706433/',
    'http://127.1/',
    'http://0x7f.1/',
    'http://017700000001/',
    'http://0/',
    'http://100.64.0.1/',
    'http://192.168.0.1/',
    'http://172.16.5.4/',
    'http://[fe80::1]/',
    'http://[fc00::1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[::7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[::a9fe:a9fe]/',
    'http://224.0.0.1/',
    'http://localhost:8080/',
    'http://a.localhost/',
  ])('refuses %s', (url) => {
    expect(() => checkUrl(url, strict)).toThrow(GuardError);
  });

  it.each(['ftp://example.com/x', 'file:///etc/passwd', 'javascript:alert(1)', 'gopher://x/'])(
    'refuses scheme %s',
    (url) => {
      expect(() => checkUrl(url, strict)).toThrow(/only http and https/);
    },
  );

  it('allows public hosts, the allowlist and everything when private networks are allowed', () => {
    expect(checkUrl('https://example.com/a', strict).href).toBe('https://example.com/a');
    expect(checkUrl('http://8.8.8.8/', strict).hostname).toBe('8.8.8.8');
    expect(() =>
      checkUrl('http://127.0.0.1:1/', { allowPrivate: false, allowlist: ['127.0.0.1'] }),
    ).not.toThrow();
    expect(() =>
      checkUrl('http://127.0.0.2:1/', { allowPrivate: false, allowlist: ['127.0.0.1'] }),
    ).toThrow();
    expect(() => checkUrl('http://10.0.0.1/', { allowPrivate: true, allowlist: [] })).not.toThrow();
  });

  it('classifies addresses', () => {
    expect(isPublicAddress('1.1.1.1')).toBe(true);
    expect(isPublicAddress('::ffff:8.8.8.8')).toBe(true);
    expect(isPublicAddress('::ffff:10.0.0.1')).toBe(false);
    expect(isPublicAddress('not-an-ip')).toBe(false);
    // IPv4-compatible IPv6 (::/96) embeds any IPv4 address, loopback and metadata included.
    expect(isPublicAddress('::8.8.8.8')).toBe(false);
    expect(isPublicAddress('::169.254.169.254')).toBe(false);
  });

  it('never passes an address in a private or reserved range, in any of its spellings', () => {
    const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
    const privateV4 = fc.oneof(
      v4.map(([, b, c, d]) => [127, b, c, d]),
      v4.map(([, b, c, d]) => [10, b, c, d]),
      v4.map(([, , c, d]) => [169, 254, c, d]),
      v4.map(([, b, c, d]) => [192, 168, c, d, b].slice(0, 4)),
      v4.map(([, b, c, d]) => [172, 16 + (b % 16), c, d]),
      v4.map(([, b, c, d]) => [100, 64 + (b % 64), c, d]),
      v4.map(([, b, c, d]) => [0, b, c, d]),
    );
    const spellings = (p: number[]) => {
      const n = ((p[0]! << 24) >>> 0) + (p[1]! << 16) + (p[2]! << 8) + p[3]!;
      const hex = (x: number) => x.toString(16);
      return [
        p.join('.'),
        String(n),
        `0x${hex(n)}`,
        p.map((x) => `0${x.toString(8)}`).join('.'),
        `[::ffff:${p.join('.')}]`,
        `[::${p.join('.')}]`,
        `[::${hex((p[0]! << 8) + p[1]!)}:${hex((p[2]! << 8) + p[3]!)}]`,
        `[64:ff9b::${p.join('.')}]`,
      ];
    };
    fc.assert(
      fc.property(privateV4, fc.constantFrom('http', 'https'), (p, scheme) => {
        for (const host of spellings(p)) {
          let passed = true;
          try {
            checkUrl(`${scheme}://${host}/x`, strict);
          } catch {
            passed = false;
          }
          if (passed) throw new Error(`${host} passed the guard`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a name that resolves to loopback at connect time', async () => {
    const err = await new Promise<Error | null>((resolve) =>
      guardedLookup(strict)('localhost', {}, (e) => resolve(e)),
    );
    expect(err).toBeInstanceOf(GuardError);
  });
});
