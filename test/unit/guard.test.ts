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
  });

  it('refuses a name that resolves to loopback at connect time', async () => {
    const err = await new Promise<Error | null>((resolve) =>
      guardedLookup(strict)('localhost', {}, (e) => resolve(e)),
    );
    expect(err).toBeInstanceOf(GuardError);
  });
});
