import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotApiUploader } from '../../src/delivery/bot-api-uploader.js';
import { createGrowth } from '../../src/download/growing-file.js';
import { type BotApiDouble, startBotApiDouble } from '../support/bot-api-double.js';
import { openOn } from '../support/open-files.js';
import { TEST_TOKEN } from '../support/spawn-bot.js';

const MB = 1024 * 1024;

describe('Bot API uploads cut midway', () => {
  let api: BotApiDouble;
  beforeAll(async () => {
    api = await startBotApiDouble({ token: TEST_TOKEN });
  });
  afterAll(() => api.close());

  it.each(['finished', 'growing'] as const)(
    'leave no descriptor open on the %s file they read',
    async (kind) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'upload-cut-'));
      const file = path.join(dir, `${kind}.bin`);
      writeFileSync(file, Buffer.alloc(8 * MB, 5));
      const growth = createGrowth(8 * MB, async () => {});
      growth.advance(8 * MB);
      growth.finish();
      api.cutUpload = () => 1 * MB;
      const uploader = createBotApiUploader(new Api(TEST_TOKEN, { apiRoot: api.url }));
      for (let i = 0; i < 5; i++) {
        const sent = uploader.upload({
          chatId: 1,
          file,
          growing: kind === 'growing' ? growth.file : undefined,
          filename: 'x.bin',
          size: 8 * MB,
          media: { kind: 'document', mime: 'application/octet-stream', ext: 'bin' },
          caption: '',
          signal: AbortSignal.timeout(10_000),
        });
        await expect(sent).rejects.toThrow();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(openOn(file)).toBe(0);
    },
  );
});
