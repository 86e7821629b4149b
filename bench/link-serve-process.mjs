// The file-link server in a process of its own, run from dist/ as the bot runs (so its RSS is
// what the bot's would be): one 100 MiB link whose bytes come from a stand-in MTProto session
// at LATENCY_MS a 512 KiB part. Prints the link.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { mountFileLinks } from '../dist/file-links/file-link-routes.js';
import { createMtprotoBytes, DOWNLOAD_PART } from '../dist/file-links/mtproto-bytes.js';
import { createHttpHandler, startHttpServer } from '../dist/http/server.js';
import { createI18n } from '../dist/i18n/i18n.js';
import { classifyMtprotoError } from '../dist/mtproto/classify.js';
import { createSqliteStorage } from '../dist/storage/sqlite/index.js';

const SIZE = 100 * 1024 * 1024;
const latency = Number(process.env.LATENCY_MS ?? 50);
const block = Buffer.alloc(DOWNLOAD_PART, 7);
const session = {
  async downloadChunk(p, signal) {
    await new Promise((r) => setTimeout(r, latency));
    signal.throwIfAborted();
    // A fresh buffer per part, as a real client's would be.
    return Buffer.from(block.subarray(0, Math.max(0, Math.min(p.limit, SIZE - p.offset))));
  },
};
const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'bench-links-')));
await storage.fileLinks.add({
  id: 'BenchLinkBenchLink0001',
  userId: 1,
  fileId: 'F',
  fileUniqueId: 'U',
  name: 'bench.bin',
  size: SIZE,
  mime: 'application/octet-stream',
  kind: 'document',
  chatId: null,
  messageId: null,
  createdAt: Date.now(),
  expiresAt: null,
});
const mountLinks = (app) =>
  mountFileLinks(app, {
    links: storage.fileLinks,
    users: storage.users,
    bytes: createMtprotoBytes({ session: async () => session, classify: classifyMtprotoError, ahead: 4 }),
    adminIds: [1],
    bytesPerDay: Number.MAX_SAFE_INTEGER,
    t: createI18n('en').t,
    defaultLanguage: 'en',
    log: pino({ level: 'silent' }),
  });
// The bot's own handler: the file-link pages load with the first request, as in the bot.
const handler = createHttpHandler({
  name: 'bench',
  version: '0',
  mode: 'polling',
  role: 'all',
  health: { report: async () => ({ status: 'ok' }) },
  queueCounts: async () => ({ queued: 0, running: 0 }),
  startedAt: Date.now(),
  mount: mountLinks,
});
const http = await startHttpServer(handler, 0, '127.0.0.1');
process.stdout.write(`http://127.0.0.1:${http.port}/d/BenchLinkBenchLink0001/bench.bin\n`);
