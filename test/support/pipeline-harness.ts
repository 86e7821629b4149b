import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type BotApiDouble, type BotApiDoubleOptions, startBotApiDouble } from './bot-api-double.js';
import { type ContentServer, startContentServer } from './content-server.js';
import { type RunningBot, startBot, TEST_TOKEN, waitUntil } from './spawn-bot.js';
import type { SentMessage, TestUser } from './telegram-state.js';

/** The Bot API double, a content server and the real bot process, for one test file. */
export interface Harness {
  api: BotApiDouble;
  web: ContentServer;
  bot?: RunningBot;
  start(env?: Record<string, string>, name?: string, dataDir?: string): Promise<RunningBot>;
  close(): Promise<void>;
  /** Messages to a chat that carry a file. */
  files(chatId: number): SentMessage[];
  /** Waits for the n-th text message to a chat matching `re`. */
  waitForText(chatId: number, re: RegExp, timeoutMs?: number): Promise<SentMessage>;
  waitForFile(chatId: number, timeoutMs?: number): Promise<SentMessage>;
  tmpEntries(): string[];
  /** Temp files are removed right after the upload answers; allow that moment. */
  expectTmpEmpty(): Promise<void>;
}

export async function createHarness(apiOptions: Omit<BotApiDoubleOptions, 'token'> = {}): Promise<Harness> {
  const api = await startBotApiDouble({ token: TEST_TOKEN, ...apiOptions });
  const web = await startContentServer();
  const h: Harness = {
    api,
    web,
    async start(env = {}, name, dataDir) {
      // One bot per double: a second one polling it would take the other's updates.
      await h.bot?.stop();
      h.bot = await startBot({ apiRoot: api.url, env, name, dataDir });
      return h.bot;
    },
    async close() {
      await h.bot?.stop();
      await web.close();
      await api.close();
    },
    files: (chatId) => api.messagesTo(chatId).filter((m) => m.file),
    waitForText: (chatId, re, timeoutMs = 20_000) =>
      waitUntil(
        () =>
          api
            .messagesTo(chatId)
            .find((m) => m.text !== undefined && re.test(m.text) && m.method === 'sendMessage'),
        timeoutMs,
        `text ${re}`,
      ),
    waitForFile: (chatId, timeoutMs = 20_000) =>
      waitUntil(() => h.files(chatId)[0], timeoutMs, 'a delivered file'),
    expectTmpEmpty: async () => {
      await waitUntil(
        () => h.tmpEntries().length === 0,
        3000,
        `empty tmp dir, found ${h.tmpEntries().join(', ')}`,
      );
    },
    tmpEntries: () => {
      try {
        return readdirSync(path.join(h.bot!.dataDir, 'tmp'));
      } catch {
        return [];
      }
    },
  };
  return h;
}

export const user = (id: number, lang = 'en'): TestUser => ({
  id,
  first_name: `User${id}`,
  language_code: lang,
});
