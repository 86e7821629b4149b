import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.js';
import { createJobHandler } from '../../src/jobs/job-handler.js';
import { CancelReason } from '../../src/jobs/job-runner.js';
import { JobFailure } from '../../src/pipeline/types.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { StorageUnavailableError } from '../../src/storage/types.js';
import { type BotApiDouble, startBotApiDouble } from '../support/bot-api-double.js';
import { TEST_TOKEN } from '../support/spawn-bot.js';

describe('a job that fails while the database is away', () => {
  let api: BotApiDouble | undefined;
  afterEach(async () => {
    await api?.close();
  });

  it('is still recorded as failed once it is back, and the user hears why, once', async () => {
    api = await startBotApiDouble({ token: TEST_TOKEN });
    const dir = mkdtempSync(path.join(tmpdir(), 'handler-'));
    const storage = createSqliteStorage(dir);
    let outage = 2;
    const queue = {
      ...storage.jobs,
      async finish(...args: Parameters<typeof storage.jobs.finish>) {
        if (outage-- > 0) throw new StorageUnavailableError(new Error('Connection terminated'));
        return storage.jobs.finish(...args);
      },
    };
    const link = await storage.links.add(7, 'https://x.example/missing', Date.now());
    const job = (await storage.jobs.enqueue(
      { userId: 7, chatId: 7, linkId: link.id, url: link.url, kind: 'auto', language: 'en' },
      Date.now(),
    ))!;
    const handler = createJobHandler({
      api: new Api(TEST_TOKEN, { apiRoot: api.url }),
      t: createI18n('en').t,
      queue,
      links: storage.links,
      log: pino({ level: 'silent' }),
      tmpDir: dir,
      progressIntervalMs: 1000,
      pipeline: async () => {
        throw new JobFailure('http-status', 'not found', { status: 404 });
      },
      reporters: new Map(),
    });
    await handler(job, new AbortController().signal, () => {});
    expect((await storage.jobs.get(job.id))?.state).toBe('failed');
    expect((await storage.links.recentByUser(7, 0, 1))[0]?.outcome).toBe('failed');
    expect(api.messagesTo(7).filter((m) => /error 404/.test(m.text ?? ''))).toHaveLength(1);
    await storage.close();
  }, 20_000);
});

describe('a job that starts before its "queued" message has gone out', () => {
  let api: BotApiDouble | undefined;
  afterEach(async () => {
    await api?.close();
  });

  async function setUp(statusWithinMs: number) {
    api = await startBotApiDouble({ token: TEST_TOKEN });
    const dir = mkdtempSync(path.join(tmpdir(), 'handler-'));
    const storage = createSqliteStorage(dir);
    const botApi = new Api(TEST_TOKEN, { apiRoot: api.url });
    await storage.jobs.enqueue(
      {
        userId: 7,
        chatId: 7,
        linkId: null,
        url: 'https://x.example/f.bin',
        kind: 'auto',
        language: 'en',
        statusWithinMs,
      },
      Date.now(),
    );
    const job = (await storage.jobs.claimNext(
      { maxRunning: 1, maxPerUser: 1 },
      { owner: 'w', ms: 60_000 },
      Date.now(),
    ))!;
    const seen: { started?: number; shown?: number } = {};
    const handler = createJobHandler({
      api: botApi,
      t: createI18n('en').t,
      queue: storage.jobs,
      links: storage.links,
      log: pino({ level: 'silent' }),
      tmpDir: dir,
      progressIntervalMs: 100,
      pipeline: async (_job, io) => {
        if (io.signal.aborted) throw io.signal.reason;
        seen.started = Date.now();
        io.report({ phase: 'downloading', done: 512, total: 1024 });
        await io.shown();
        seen.shown = Date.now();
        const msg = await botApi.sendMessage(7, 'the file');
        return { size: 1024, sent: { method: 'sendMessage', fileId: 'f', messageId: msg.message_id } };
      },
      reporters: new Map(),
    });
    return { storage, botApi, job, seen, handler };
  }

  /** What the user's chat shows now. */
  const visibleTexts = () =>
    api!
      .messagesTo(7)
      .filter((m) => !m.deleted)
      .map((m) => m.text);

  /** The front's "queued" reply, late, recorded as the job's status message; its id. */
  async function frontReply(botApi: Api, storage: ReturnType<typeof createSqliteStorage>, jobId: string) {
    const queued = await botApi.sendMessage(7, 'Queued: position 1');
    await storage.jobs.setStatusMessage(jobId, queued.message_id);
    return queued.message_id;
  }

  /** The job's progress went into that message, which is gone once the file is there. */
  function expectProgressOnlyIn(messageId: number) {
    const edits = api!.callsTo('editMessageText');
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.every((c) => c.params.message_id === messageId)).toBe(true);
    expect(visibleTexts()).toEqual(['the file']);
  }

  it('runs at once, sends nothing before the message, then shows its progress in it and removes it', async () => {
    const { storage, botApi, job, seen, handler } = await setUp(5000);
    const running = handler(job, new AbortController().signal, () => {});
    await new Promise((r) => setTimeout(r, 300));
    // The front's reply, late (Telegram's send limit): the job is already downloading.
    expect(seen.started).toBeDefined();
    expect(seen.shown).toBeUndefined();
    expect(api!.messagesTo(7)).toHaveLength(0);
    const queued = await frontReply(botApi, storage, job.id);
    await running;
    const texts = api!.callsTo('sendMessage').map((c) => c.params.text);
    expect(texts).toEqual(['Queued: position 1', 'the file']);
    expectProgressOnlyIn(queued);
    await storage.close();
  }, 20_000);

  it('cancelled before it began, tells its user at once and sends no status message of its own', async () => {
    const { storage, job, handler } = await setUp(3000);
    const ac = new AbortController();
    ac.abort(new CancelReason('user'));
    await handler(job, ac.signal, () => {});
    expect(api!.callsTo('sendMessage').map((c) => c.params.text)).toEqual(['✖️ Download cancelled.']);
    expect((await storage.jobs.get(job.id))?.state).toBe('cancelled');
    await storage.close();
  }, 20_000);

  it('sends a status message of its own once the front has let the time pass', async () => {
    const { storage, seen, job, handler } = await setUp(600);
    await handler(job, new AbortController().signal, () => {});
    // Nothing went out before the front's time was up (measured from the enqueue, not from when
    // this loaded machine got round to starting the job).
    expect(seen.shown!).toBeGreaterThanOrEqual(job.statusDueAt);
    const sent = api!.callsTo('sendMessage');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.params.text).toBe('the file');
    // Its own message was removed with the job.
    expect(visibleTexts()).toEqual(['the file']);
    await storage.close();
  }, 20_000);

  it("keeps the front's message when it is recorded while the worker sends its own, and removes its own", async () => {
    const { storage, botApi, job, handler } = await setUp(600);
    // The worker's own message reaches the chat, but its answer is slow to come back...
    api!.faults = (method, params) =>
      method === 'sendMessage' && params.text === '⚙️ Starting…'
        ? { type: 'delay-after', ms: 300 }
        : undefined;
    const running = handler(job, new AbortController().signal, () => {});
    await api!.waitForCall((c) => c.params.text === '⚙️ Starting…');
    // ...and meanwhile the front's late reply is recorded first: that one is the job's.
    const queued = await frontReply(botApi, storage, job.id);
    await running;
    expectProgressOnlyIn(queued);
    await storage.close();
  }, 20_000);
});
