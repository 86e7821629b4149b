import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createPostgresStorage } from '../../src/storage/postgres/index.js';
import { createPostgresJobQueue } from '../../src/storage/postgres/jobs.js';
import { createPool, inTransaction } from '../../src/storage/postgres/pool.js';
import { type Storage, StorageUnavailableError } from '../../src/storage/types.js';
import { startPostgres, type TestPostgres } from '../support/postgres.js';
import { waitUntil } from '../support/spawn-bot.js';
import { describeQueueContract } from './queue.contract.js';
import { describeRepositoriesContract } from './repositories.contract.js';
import { describeSendLimitAcrossProcesses } from './send-limit.postgres.js';
import { describeSendScheduleContract } from './send-schedule.contract.js';

let server: TestPostgres;
const opened: Storage[] = [];
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await server?.destroy();
});

const fresh = async () => {
  const storage = await createPostgresStorage(
    await server.createDatabase(),
    createLogger({ level: 'silent', secrets: [] }),
  );
  opened.push(storage);
  return storage;
};

describeQueueContract('PostgreSQL', async () => (await fresh()).jobs);
describeRepositoriesContract('PostgreSQL', fresh);
describeSendLimitAcrossProcesses(() => server, opened);
describeSendScheduleContract('PostgreSQL', async () => {
  const url = await server.createDatabase();
  const log = createLogger({ level: 'silent', secrets: [] });
  const both = [await createPostgresStorage(url, log), await createPostgresStorage(url, log)];
  opened.push(...both);
  return [both[0]!.sendSchedule, both[1]!.sendSchedule];
});

describe('PostgreSQL across processes', () => {
  it('import-links writes into the database in use, not a SQLite file beside it', async () => {
    const url = await server.createDatabase();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'import-pg-'));
    const root = path.resolve(import.meta.dirname, '../..');
    const out = execFileSync(
      process.execPath,
      [path.join(root, 'dist/cli/import-links.js'), path.join(root, 'test/fixtures/original-links.txt')],
      { env: { PATH: process.env.PATH, DATA_DIR: dataDir, DATABASE_URL: url }, encoding: 'utf8' },
    );
    expect(out).toContain('imported 4, already present 0, bad lines 4');
    const storage = await createPostgresStorage(url, createLogger({ level: 'silent', secrets: [] }));
    opened.push(storage);
    expect(await storage.links.countByUser(111)).toBe(2);
    expect((await storage.links.recentByUser(222, 0, 5))[0]?.url).toBe('https://example.org/file|with|pipes');
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('wakes another process when a job is added, finished or put back', async () => {
    const url = await server.createDatabase();
    const log = createLogger({ level: 'silent', secrets: [] });
    const [front, worker] = [await createPostgresStorage(url, log), await createPostgresStorage(url, log)];
    opened.push(front, worker);
    let heard = 0;
    worker.jobs.onChange(() => heard++);
    await waitUntil(() => heard >= 1, 15_000, 'the listener to connect'); // woken once on connecting
    const before = heard;
    const job = await front.jobs.enqueue(
      { userId: 1, chatId: 1, linkId: null, url: 'https://example.com/', kind: 'auto', language: 'en' },
      Date.now(),
    );
    await waitUntil(() => heard > before, 15_000, 'a notification for the new job');
    expect((await worker.jobs.get(job!.id))?.state).toBe('queued');
  });

  it("tells another process which job's status message was recorded, and nothing of one refused", async () => {
    const url = await server.createDatabase();
    const log = createLogger({ level: 'silent', secrets: [] });
    const [front, worker] = [await createPostgresStorage(url, log), await createPostgresStorage(url, log)];
    opened.push(front, worker);
    let connected = false;
    worker.jobs.onChange(() => {
      connected = true;
    });
    const heard: string[] = [];
    worker.jobs.onStatusMessage((id) => heard.push(id));
    await waitUntil(() => connected, 15_000, 'the listener to connect');
    const job = (n: number) =>
      front.jobs.enqueue(
        { userId: n, chatId: n, linkId: null, url: `https://example.com/${n}`, kind: 'auto', language: 'en' },
        Date.now(),
      );
    const [running, queued] = [(await job(1))!, (await job(2))!];
    await worker.jobs.claimNext({ maxRunning: 1, maxPerUser: 1 }, { owner: 'w', ms: 60_000 }, Date.now());
    expect(await front.jobs.setStatusMessage(running.id, 10)).toBe(true);
    expect(await front.jobs.setStatusMessage(running.id, 11)).toBe(false);
    expect(await front.jobs.setStatusMessage(queued.id, 12)).toBe(true);
    await waitUntil(() => heard.length >= 2, 15_000, 'the notices');
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).toEqual([running.id, queued.id]);
  });

  it('migrates once when several processes start together', async () => {
    const url = await server.createDatabase();
    const log = createLogger({ level: 'silent', secrets: [] });
    const stores = await Promise.all(Array.from({ length: 5 }, () => createPostgresStorage(url, log)));
    opened.push(...stores);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ version: number; n: string }>(
      'SELECT version, COUNT(*) AS n FROM schema_version GROUP BY version ORDER BY version',
    );
    await c.end();
    expect(rows.map((r) => [r.version, Number(r.n)])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 1],
      [7, 1],
    ]);
    await stores[4]!.users.touch({ id: 1, firstName: 'a' }, 1);
    expect((await stores[0]!.users.get(1))?.firstName).toBe('a');
  });

  it('gives a named lock to one process at a time and passes it on when its holder goes', async () => {
    const url = await server.createDatabase();
    const log = createLogger({ level: 'silent', secrets: [] });
    const stores = [
      await createPostgresStorage(url, log),
      await createPostgresStorage(url, log),
      await createPostgresStorage(url, log),
    ];
    opened.push(...stores);
    const held = await Promise.all(stores.map((s) => s.coordination.holds('periodic')));
    expect(held.filter(Boolean)).toHaveLength(1);
    const holder = held.indexOf(true);
    expect(await stores[holder]!.coordination.holds('periodic')).toBe(true);
    await stores[holder]!.close();
    const rest = stores.filter((_, i) => i !== holder);
    await waitUntil(
      async () => (await Promise.all(rest.map((s) => s.coordination.holds('periodic')))).some(Boolean),
      15_000,
      'the lock to pass on',
    );
    const after = await Promise.all(rest.map((s) => s.coordination.holds('periodic')));
    expect(after.filter(Boolean)).toHaveLength(1);
  });

  it('survives the server going away while a transaction waits between two queries', async () => {
    const pool = createPool(await server.createDatabase(), createLogger({ level: 'silent', secrets: [] }));
    try {
      const run = inTransaction(pool, async (c) => {
        await c.query('SELECT 1');
        // The server ends this connection while our code holds the client between queries.
        await server.stop();
        await c.query('SELECT 1');
      });
      await expect(run).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      await server.start();
      await pool.end();
    }
  });

  it('lets other workers claim while one stalls between reading the queue and claiming, and refuses its stale claim', async () => {
    const url = await server.createDatabase();
    const log = createLogger({ level: 'silent', secrets: [] });
    opened.push(await createPostgresStorage(url, log)); // migrated
    // Worker A's pool holds back its claim statement (the UPDATE to running) until told to go on.
    let go = () => {};
    const gate = new Promise<void>((r) => {
      go = r;
    });
    let held = false;
    const stall = <T extends object>(q: T): T =>
      new Proxy(q, {
        get: (target, key) => {
          const value = Reflect.get(target, key) as unknown;
          if (typeof value !== 'function') return value;
          if (key === 'connect') return async () => stall(await value.call(target));
          if (key !== 'query') return value.bind(target);
          return async (...args: unknown[]) => {
            if (!held && typeof args[0] === 'string' && args[0].includes("SET state = 'running'")) {
              held = true;
              await gate;
            }
            return value.apply(target, args);
          };
        },
      });
    const poolA = createPool(url, log);
    const poolB = createPool(url, log);
    const quiet = { onChange: () => () => {}, onStatusMessage: () => () => {} };
    const a = createPostgresJobQueue(stall(poolA), quiet);
    const b = createPostgresJobQueue(poolB, quiet);
    try {
      const job = (n: number) => ({
        userId: 1,
        chatId: 1,
        linkId: null,
        url: `https://example.com/${n}`,
        kind: 'auto' as const,
        language: 'en' as const,
      });
      const first = (await b.enqueue(job(1), 1000))!;
      await b.enqueue(job(2), 1001);
      const limits = { maxRunning: 5, maxPerUser: 1 };
      const claimA = a.claimNext(limits, { owner: 'a', ms: 10_000 }, 2000);
      await waitUntil(() => held, 5_000, 'worker A to read the queue');
      // B is not held up by A's stall, and takes the job A picked.
      const claimB = await Promise.race([
        b.claimNext(limits, { owner: 'b', ms: 10_000 }, 2001),
        new Promise<'blocked'>((r) => setTimeout(() => r('blocked'), 3000)),
      ]);
      go();
      expect(claimB).toMatchObject({ id: first.id });
      // A's pick is stale: read again, the user's one running job leaves it nothing.
      expect(await claimA).toBeUndefined();
      expect(await b.counts()).toMatchObject({ queued: 1, running: 1 });
    } finally {
      go();
      await Promise.all([poolA.end(), poolB.end()]);
    }
  });
});
