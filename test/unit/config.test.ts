import { describe, expect, it } from 'vitest';
import { parseConfig, secretsOf } from '../../src/config.js';
import { createScrubber } from '../../src/logger.js';

const base = { BOT_TOKEN: '42:secret-token_value' };

describe('config', () => {
  it('applies the contract defaults', () => {
    const c = parseConfig(base);
    expect(c.apiRoot).toBe('https://api.telegram.org');
    expect(c.maxFileBytes).toBe(2000 * 1024 * 1024);
    expect(c.botApiUploadLimitBytes).toBe(50 * 1024 * 1024);
    expect(c).toMatchObject({
      maxConcurrentJobs: 3,
      maxJobsPerUser: 1,
      port: 8080,
      host: '0.0.0.0',
      mode: 'polling',
      defaultLanguage: 'fa',
    });
    expect(c.linkRetentionMs).toBe(30 * 86_400_000);
    expect(c.mtproto).toBeUndefined();
  });

  it('parses booleans, decimal durations and id lists', () => {
    const c = parseConfig({
      ...base,
      DIRECT_SEND_ONLY: 'yes',
      ALLOW_PRIVATE_NETWORK: 'ON',
      FORWARD_TO_ADMIN: '0',
      LINK_RETENTION_DAYS: '0.001',
      ADMIN_IDS: '1, 22,333',
    });
    expect(c.directSendOnly).toBe(true);
    expect(c.allowPrivateNetwork).toBe(true);
    expect(c.forwardToAdmin).toBe(false);
    expect(c.linkRetentionMs).toBeCloseTo(86_400, 5);
    expect(c.adminIds).toEqual([1, 22, 333]);
  });

  it.each([
    [{}, /^BOT_TOKEN is required/],
    [{ ...base, ADMIN_IDS: '1,abc' }, /^ADMIN_IDS must be comma-separated numeric/],
    [{ ...base, BOT_MODE: 'push' }, /^BOT_MODE must be polling or webhook/],
    [{ ...base, PROXY_URL: 'ftp://x' }, /^PROXY_URL must be a URL/],
    [{ ...base, BOT_MODE: 'webhook' }, /^WEBHOOK_URL is required/],
    [{ ...base, PORT: '-1' }, /^PORT must be an integer/],
  ])('names the variable in one line: %j', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('takes the webhook URL from RENDER_EXTERNAL_URL', () => {
    const c = parseConfig({ ...base, BOT_MODE: 'webhook', RENDER_EXTERNAL_URL: 'https://x.onrender.com' });
    expect(c.webhookUrl).toBe('https://x.onrender.com');
  });

  it('takes PUBLIC_URL as given, else the origin of WEBHOOK_URL, else RENDER_EXTERNAL_URL, else loopback', () => {
    expect(parseConfig({ ...base, PUBLIC_URL: 'https://dl.example.org/' }).publicUrl).toBe(
      'https://dl.example.org',
    );
    expect(
      parseConfig({
        ...base,
        WEBHOOK_URL: 'https://bot.example.org/hook',
        RENDER_EXTERNAL_URL: 'https://x.onrender.com',
      }).publicUrl,
    ).toBe('https://bot.example.org');
    expect(parseConfig({ ...base, RENDER_EXTERNAL_URL: 'https://x.onrender.com' }).publicUrl).toBe(
      'https://x.onrender.com',
    );
    expect(parseConfig({ ...base, PORT: '9090' }).publicUrl).toBe('http://127.0.0.1:9090');
    expect(() => parseConfig({ ...base, PUBLIC_URL: 'ftp://x' })).toThrow(/^PUBLIC_URL/);
  });

  it('refuses downloads through a proxy the guard cannot sit in front of, in one line', () => {
    expect(() =>
      parseConfig({ ...base, PROXY_URL: 'socks5://127.0.0.1:1080', ALLOW_DOWNLOAD_VIA_PROXY: 'true' }),
    ).toThrow(/ALLOW_DOWNLOAD_VIA_PROXY needs an http:\/\/ or https:\/\/ PROXY_URL/);
    expect(() => parseConfig({ ...base, PROXY_URL: 'socks5://127.0.0.1:1080' })).not.toThrow();
  });

  it('names every secret for the log scrubber: proxy credentials and the cookie header with its values', () => {
    const c = parseConfig({
      ...base,
      PROXY_URL: 'http://op:proxy-pass-1@10.0.0.2:3128',
      YTDLP_PROXY: 'https://warp:warp-pass-2@warp.example:443',
      YTDLP_COOKIE_HEADER: 'SID=sid-value-123; HSID=hsid-value-456',
      DATABASE_URL: 'postgres://u:db-pass-789@db/pishtaz',
      API_ID: '1',
      API_HASH: '0123456789abcdef0123456789abcdef',
    });
    const scrub = createScrubber(secretsOf(c));
    const line = JSON.stringify({
      err: 'connect to http://op:proxy-pass-1@10.0.0.2:3128 failed; warp-pass-2; Cookie: SID=sid-value-123; HSID=hsid-value-456',
      hash: '0123456789abcdef0123456789abcdef',
      db: 'db-pass-789',
      token: '42:secret-token_value',
    });
    const out = scrub(line);
    for (const secret of [
      'proxy-pass-1',
      'warp-pass-2',
      'sid-value-123',
      'hsid-value-456',
      'db-pass-789',
      '0123456789abcdef',
      'secret-token_value',
    ])
      expect(out, secret).not.toContain(secret);
  });
});
