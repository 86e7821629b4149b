import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';

const MB = 1024 * 1024;

describe('bad sources and limits', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.close());

  it('refuses a file known to be too large before downloading it', async () => {
    await h.start({ MAX_FILE_SIZE_MB: '1' }, 'too-large');
    const u = user(901);
    h.api.sendText(u, `${h.web.url}/gen?size=${2 * MB}`);
    const msg = await h.waitForText(u.id, /over this bot's limit of 1\.0 MB/);
    expect(msg.text).toContain('2.0 MB');
    expect(h.web.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
    expect(h.api.callsTo(/^send(Document|Video)/)).toHaveLength(0);
    await h.expectTmpEmpty();
  });

  it('aborts a download without Content-Length at the limit', async () => {
    await h.start({ MAX_FILE_SIZE_MB: '1' }, 'no-length');
    const u = user(902);
    h.api.sendText(u, `${h.web.url}/gen?size=${5 * MB}&nolength=1`);
    await h.waitForText(u.id, /over this bot's limit/);
    expect(h.api.callsTo(/^send(Document|Video)/)).toHaveLength(0);
    await h.expectTmpEmpty();
  });

  it('tells the user, before any download, when a file needs MTProto that is not configured', async () => {
    await h.start({ BOT_API_UPLOAD_LIMIT_MB: '1' }, 'over-bot-api');
    const u = user(903);
    h.api.sendText(u, `${h.web.url}/gen?size=${2 * MB}`);
    const msg = await h.waitForText(u.id, /API_ID and API_HASH/);
    expect(msg.text).toContain('1.0 MB');
    expect(h.web.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
  });

  it('refuses a 60 MB file without API_ID before any download, saying why', async () => {
    await h.start({}, 'no-mtproto');
    const u = user(906);
    h.api.sendText(u, `${h.web.url}/gen?size=${60 * MB}&name=big.iso`);
    const msg = await h.waitForText(u.id, /larger than 50\.0 MB.*API_ID and API_HASH/s);
    expect(msg.text).toContain('60.0 MB');
    expect(h.web.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
    expect(h.api.callsTo(/^send(Document|Video)/)).toHaveLength(0);
  });

  it('does not inflate a gzip bomb: the compressed bytes are what is counted and sent', async () => {
    await h.start({ MAX_FILE_SIZE_MB: '5' }, 'gzip');
    const u = user(905);
    h.api.sendText(u, `${h.web.url}/gzip-bomb?size=${200 * MB}`);
    const msg = await h.waitForFile(u.id);
    expect(msg.file!.size).toBeLessThan(MB);
  });
});

// One bot for the broken sources, one user each: the bot that survives one must take the next.
describe('broken sources, one after another', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.start(
      { DOWNLOAD_IDLE_TIMEOUT_SECONDS: '1.5', DOWNLOAD_TOTAL_TIMEOUT_SECONDS: '4' },
      'bad-source',
    );
  });
  afterAll(() => h.close());

  it.each([
    ['a stalled source', 9041, '/gen?size=5000000&stall=100000', /stopped sending data/],
    ['a slow source over the total timeout', 9042, '/gen?size=50000000&delay=200', /took too long/],
    ['a reset connection', 9043, '/gen?size=5000000&reset=200000', /cut off|failed/],
    ['a 404', 9044, '/missing', /error 404/],
    ['a redirect loop', 9045, '/loop', /redirects too many times/],
    ['a silent server', 9046, '/silent', /stopped sending data|took too long/],
    [
      'a body shorter than its Content-Length',
      9047,
      '/gen?size=100000&lie=200000',
      /cut off|failed|stopped sending/,
    ],
  ])(
    'ends %s with a clear message, nothing on disk, the bot still answering',
    async (_name, id, path, re) => {
      const u = user(id);
      h.api.sendText(u, `${h.web.url}${path}`);
      await h.waitForText(u.id, re);
      await h.expectTmpEmpty();
      h.api.sendText(u, '/start');
      await h.waitForText(u.id, new RegExp(`Hello User${id}`));
    },
  );
});
