import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generatedSha256 } from '../support/content-server.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';

const MB = 1024 * 1024;

/** BOT_API_LOCAL: TELEGRAM_API_ROOT is a `telegram-bot-api --local` server on the same disk. */
describe('a local Bot API server as the transport', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ local: true });
  });
  afterEach(() => h.close());

  it('sends a 60 MB file by its path, byte-identical, without MTProto keys, and says 2 GB on /start', async () => {
    const bot = await h.start({ BOT_API_LOCAL: 'true', DEFAULT_LANGUAGE: 'en' }, 'local-api');
    const u = user(1901);
    h.api.sendText(u, '/start');
    await h.waitForText(u.id, /Files up to 2\.0 GB are supported/);
    h.api.sendText(u, `${h.web.url}/gen?size=${60 * MB}&name=big.iso`);
    const msg = await h.waitForFile(u.id, 60_000);
    expect(msg.method).toBe('sendDocument');
    expect(msg.file!.size).toBe(60 * MB);
    expect(msg.file!.sha256).toBe(generatedSha256(60 * MB));
    // Named by path under the bot's own temp folder; no multipart copy of the file itself.
    expect(h.api.localSends).toHaveLength(1);
    expect(h.api.localSends[0]).toMatch(new RegExp(`^file://${bot.dataDir}/tmp/job-[^/]+/`));
    const upload = h.api.callsTo('sendDocument').at(-1)!;
    expect(upload.files.document).toBeUndefined();
    await h.expectTmpEmpty();
  });
});
