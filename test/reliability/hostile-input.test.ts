import path from 'node:path';
import fc from 'fast-check';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { extractUrl } from '../../src/bot/extract-url.js';
import { filenameFromDisposition, sanitizeFilename } from '../../src/download/filename.js';
import { checkUrl, GuardError, isAllowedAddress } from '../../src/net/guard.js';
import { formatSelector, qualityOptions } from '../../src/video/formats.js';
import { classifyError } from '../../src/video/ytdlp-errors.js';
import { BOT_INFO } from '../support/bot-info.js';

const strict = { allowPrivate: false, allowlist: [] };
const SEED = 20261129;
const runs = { seed: SEED, numRuns: 2000 };

describe('hostile input: the network guard', () => {
  const bypasses = [
    'http://127.0.0.1/',
    'http://127.1/',
    'http://127.000.000.001/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0x7f.0.0.1/',
    'http://017700000001/',
    'http://0177.0.0.1/',
    'http://0/',
    'http://0.0.0.0/',
    'http://[::]/',
    'http://[::1]/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::ffff:169.254.169.254]/',
    'http://169.254.169.254/',
    'http://[fd00:ec2::254]/',
    'http://100.100.100.200/',
    'http://10.0.0.1/',
    'http://172.31.255.255/',
    'http://192.168.0.1/',
    'http://[fe80::1%25eth0]/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://localhost/',
    'http://LOCALHOST./',
    'http://foo.localhost/',
    'http://user:pass@127.0.0.1/',
    'http://127.0.0.1:80@evil.com/',
    'http://[64:ff9b::a00:1]/',
    'http://[2002:7f00:1::]/',
    'file:///etc/passwd',
    'gopher://127.0.0.1/',
    'ftp://10.0.0.1/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'http://%31%32%37.0.0.1/',
  ];
  it.each(bypasses)('refuses %s', (url) => {
    let allowed = false;
    try {
      const u = checkUrl(url, strict);
      // A hostname (not an address) is allowed here and checked again at connect time.
      allowed = !/^\[|^\d|^0x/i.test(u.hostname) && u.hostname !== 'evil.com';
    } catch (err) {
      expect(err).toBeInstanceOf(GuardError);
    }
    expect(allowed).toBe(false);
  });

  it('never allows a private IPv4 address in any numeric spelling', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0x7f000001, 0x0a000001, 0xa9fea9fe, 0xc0a80001, 0xac100001, 0x64400001, 0),
        fc.integer({ min: 0, max: 255 }),
        (base, low) => {
          const n = ((base & 0xffffff00) | low) >>> 0;
          for (const form of [String(n), `0x${n.toString(16)}`, `0${n.toString(8)}`]) {
            expect(() => checkUrl(`http://${form}/`, strict)).toThrow(GuardError);
          }
        },
      ),
      runs,
    );
  });

  it('refuses every IPv4-mapped form of a private address', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        const mapped = `::ffff:${ip}`;
        expect(isAllowedAddress(mapped, strict)).toBe(isAllowedAddress(ip, strict));
      }),
      runs,
    );
  });

  it('never throws anything but a GuardError on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string({ unit: 'binary' })), (s) => {
        try {
          const u = checkUrl(s, strict);
          expect(['http:', 'https:']).toContain(u.protocol);
        } catch (err) {
          expect(err).toBeInstanceOf(GuardError);
        }
      }),
      runs,
    );
  });
});

describe('hostile input: filenames and headers', () => {
  const tmp = '/srv/pishtaz/tmp/job-1';
  it('keeps every sanitized name inside the temp folder, short, and free of control characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 12_000 }),
          fc.string({ unit: 'binary', maxLength: 12_000 }),
          fc.constantFrom(
            '../../etc/passwd',
            '..',
            '.',
            '/',
            '\\..\\..\\win.ini',
            'a\u0000b',
            '\u202Egnp.exe',
            `${'x'.repeat(10_240)}.mp4`,
          ),
        ),
        (name) => {
          const s = sanitizeFilename(name);
          expect(s.length).toBeGreaterThan(0);
          expect(Buffer.byteLength(s)).toBeLessThanOrEqual(200);
          expect(s).not.toMatch(/[/\\\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
          expect(s === '.' || s === '..').toBe(false);
          expect(path.resolve(tmp, s).startsWith(`${tmp}/`)).toBe(true);
        },
      ),
      runs,
    );
  });

  it('parses any Content-Disposition without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            "attachment; filename*=UTF-8''%E0%A4%A",
            'attachment; filename="unterminated',
            "filename*=bogus''x",
            'filename=',
          ),
        ),
        (h) => {
          const name = filenameFromDisposition(h);
          expect(name === undefined || typeof name === 'string').toBe(true);
        },
      ),
      runs,
    );
  });

  it('extracts only http(s) URLs from any message text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), fc.option(fc.webUrl()), (text, url) => {
        const found = extractUrl({ text: url ? `${text} ${url} ${text}` : text });
        if (found) expect(found).toMatch(/^https?:\/\//i);
        if (url && !/\s/.test(url)) expect(found).toBeDefined();
      }),
      runs,
    );
  });
});

describe('hostile input: yt-dlp output and formats', () => {
  it('builds quality lists from arbitrary JSON without throwing, every option within the limit', () => {
    const format = fc.record(
      {
        format_id: fc.string(),
        ext: fc.option(fc.string()),
        height: fc.option(fc.integer({ min: -10, max: 10_000 })),
        vcodec: fc.option(fc.constantFrom('none', 'avc1', 'vp9')),
        acodec: fc.option(fc.constantFrom('none', 'mp4a', 'opus')),
        filesize: fc.option(fc.integer({ min: -1, max: 2 ** 40 })),
        tbr: fc.option(fc.double()),
      },
      { requiredKeys: ['format_id'] },
    );
    fc.assert(
      fc.property(
        fc.record({ title: fc.option(fc.string()), formats: fc.option(fc.array(format, { maxLength: 40 })) }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        (info, limit) => {
          const options = qualityOptions(info as never, limit);
          for (const o of options) {
            if (o.size !== undefined && o.id !== 'audio') expect(o.size).toBeLessThanOrEqual(limit);
            expect(Buffer.byteLength(`q:${2 ** 31}:${o.id}`)).toBeLessThanOrEqual(64);
            const { selector } = formatSelector(o.id, limit);
            expect(selector).not.toMatch(/\s|--/);
          }
        },
      ),
      { ...runs, numRuns: 500 },
    );
  });

  it('classifies any stderr into a known failure kind', () => {
    const kinds = [
      'unsupported',
      'private',
      'removed',
      'geo',
      'login',
      'bot-check',
      'rate-limited',
      'extractor-broken',
      'format',
      'timeout',
      'guard',
      'network',
    ];
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        expect(kinds).toContain(classifyError(s));
      }),
      runs,
    );
  });
});

describe('hostile input: updates through the real handlers', () => {
  it('answers huge, binary and malformed commands and callback data without crashing or running anything', async () => {
    const { createBot } = await import('../../src/bot/create-bot.js');
    const { createI18n } = await import('../../src/i18n/i18n.js');
    const { createAccountFeature } = await import('../../src/bot/features/account.js');
    const { createSettingsFeature } = await import('../../src/bot/features/settings.js');
    const { createFallbackFeature } = await import('../../src/bot/features/fallback.js');
    const { createStartFeature } = await import('../../src/bot/features/start.js');
    const { createSqliteStorage } = await import('../../src/storage/sqlite/index.js');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'fuzz-')));
    // The error boundary turns a handler error into an apology, so an apology is no proof that
    // a handler coped: every error logged while the updates run is collected and must be none.
    const logged: { level: number; msg: string; err?: { message?: string } }[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    const i18n = createI18n('fa');
    const bot = createBot({
      token: '1:x',
      apiRoot: 'http://127.0.0.1:9',
      log,
      stallMs: 90_000,
      i18n,
      botInfo: BOT_INFO,
      account: createAccountFeature({
        log,
        users: storage.users,
        adminIds: [],
        defaultLanguage: 'fa',
        forwardToAdmin: false,
      }),
      features: [
        createStartFeature({ limitBytes: 1 }),
        createSettingsFeature({ users: storage.users }),
        createFallbackFeature(),
      ],
    });
    const calls: string[] = [];
    bot.api.config.use(async (_prev, method) => {
      calls.push(method);
      return { ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: 'private' } } as never };
    });
    let id = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 4096 }),
          fc.string({ unit: 'binary', maxLength: 4096 }),
          fc.constantFrom('/start', '/settings', '/help'),
        ),
        fc.string({ maxLength: 100 }),
        async (text, data) => {
          id++;
          const from = { id: 42, is_bot: false, first_name: text.slice(0, 64) || 'x', language_code: 'en' };
          const chat = { id: 42, type: 'private' as const, first_name: 'x' };
          await bot.handleUpdate({
            update_id: id,
            message: {
              message_id: id,
              date: 0,
              chat,
              from,
              text,
              entities: text.startsWith('/')
                ? [{ type: 'bot_command', offset: 0, length: Math.min(text.length, 64) }]
                : [],
            },
          } as never);
          await bot.handleUpdate({
            update_id: id + 1e6,
            callback_query: {
              id: String(id),
              from,
              chat_instance: '1',
              data,
              message: { message_id: 1, date: 0, chat },
            },
          } as never);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
    expect(calls.length).toBeGreaterThan(300);
    expect(logged.filter((l) => l.level >= 50).map((l) => `${l.msg}: ${l.err?.message}`)).toEqual([]);
    await storage.close();
  });
});
