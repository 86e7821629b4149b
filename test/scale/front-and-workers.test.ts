import type { IncomingMessage, ServerResponse } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotApiDouble, startBotApiDouble } from '../support/bot-api-double.js';
import { type ContentServer, startContentServer } from '../support/content-server.js';
import { user } from '../support/pipeline-harness.js';
import { startPostgres, type TestPostgres } from '../support/postgres.js';
import { type RunningBot, startBot, TEST_TOKEN, waitUntil } from '../support/spawn-bot.js';

const ADMIN = 7700;
const DB_PASSWORD = 'pw-never-shown-4711';
const KB = 1024;

/** One front and two workers on one PostgreSQL, against the Bot API double: ROLE=front|worker. */
describe('scale-out: one front, two workers, one PostgreSQL', () => {
  let db: TestPostgres;
  let databaseUrl: string;
  let api: BotApiDouble;
  let web: ContentServer;
  const procs: RunningBot[] = [];
  /** Downloads in flight per user, and the most ever seen at once (per user and in total). */
  const active = new Map<number, number>();
  const most = new Map<number, number>();
  let inFlight = 0;
  let mostInFlight = 0;
  let hold = false;
  /** Sources send nothing at all (a download that cannot finish until released). */
  let stall = false;

  const env = (role: string): Record<string, string> => ({
    ROLE: role,
    DATABASE_URL: databaseUrl,
    MAX_CONCURRENT_JOBS: '3',
    MAX_JOBS_PER_USER: '1',
    JOB_LEASE_SECONDS: '2',
    DEFAULT_LANGUAGE: 'en',
    ADMIN_IDS: String(ADMIN),
    LINK_RETENTION_DAYS: String(30 / 86_400),
    LINK_WARNING_HOURS: String(25 / 3600),
    RETENTION_CHECK_MINUTES: '0.01',
    SHUTDOWN_GRACE_SECONDS: '2',
  });
  const start = async (role: string, name: string) => {
    const bot = await startBot({ apiRoot: api.url, env: env(role), name });
    procs.push(bot);
    return bot;
  };
  const files = (chatId: number) => api.messagesTo(chatId).filter((m) => m.file);
  const query = async <T extends pg.QueryResultRow>(sql: string) => {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      return (await c.query<T>(sql)).rows;
    } finally {
      await c.end();
    }
  };

  /** /u?user=<id>&n=<name>: 256 KiB at ~1 MiB/s (~64 KiB/s while `hold`), counting downloads in flight. */
  function slowFile(req: IncomingMessage, res: ServerResponse) {
    const q = new URL(req.url!, 'http://x').searchParams;
    const [who, n] = [q.get('user'), q.get('n')];
    const size = 256 * KB;
    res.writeHead(200, {
      'content-length': size,
      'content-disposition': `attachment; filename="u${who}-${n}.bin"`,
    });
    if (req.method === 'HEAD') return res.end();
    const id = Number(who);
    active.set(id, (active.get(id) ?? 0) + 1);
    most.set(id, Math.max(most.get(id) ?? 0, active.get(id)!));
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    let sent = 0;
    const t = setInterval(() => {
      if (stall) return;
      const n = Math.min(hold ? KB : 16 * KB, size - sent);
      res.write(Buffer.alloc(n, 7));
      sent += n;
      if (sent >= size) {
        clearInterval(t);
        res.end();
      }
    }, 15);
    res.on('close', () => {
      clearInterval(t);
      active.set(id, active.get(id)! - 1);
      inFlight--;
    });
  }

  beforeAll(async () => {
    db = await startPostgres();
    // The test server trusts local connections, so the password only has to stay secret.
    databaseUrl = (await db.createDatabase()).replace('postgres@', `postgres:${DB_PASSWORD}@`);
    api = await startBotApiDouble({ token: TEST_TOKEN });
    web = await startContentServer();
    web.route('/u', slowFile);
    await start('front', 'scale-front');
    await start('worker', 'scale-worker-a');
    await start('worker', 'scale-worker-b');
  }, 120_000);
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    // Through restarts, kills and outages: the password never reached a log line.
    for (const p of procs) expect(p.logs()).not.toContain(DB_PASSWORD);
    await web?.close();
    await api?.close();
    await db?.destroy();
  });

  it('says which role each process has, every process answers /health, and none shows the database password', async () => {
    const roles: string[] = [];
    for (const p of procs) {
      const root = await (await fetch(p.baseUrl)).text();
      roles.push((JSON.parse(root) as { role: string }).role);
      const health = await fetch(`${p.baseUrl}/health`);
      expect(health.status).toBe(200);
      expect(root + (await health.text()) + p.logs()).not.toContain(DB_PASSWORD);
    }
    expect(roles).toEqual(['front', 'worker', 'worker']);
  });

  it('delivers 20 links from 5 users exactly once, one download per user at a time across both workers', async () => {
    const users = [1, 2, 3, 4, 5].map((i) => user(7100 + i));
    for (let n = 0; n < 4; n++) for (const u of users) api.sendText(u, `${web.url}/u?user=${u.id}&n=${n}`);
    await waitUntil(() => users.every((u) => files(u.id).length >= 4), 90_000, 'all 20 files');
    for (const u of users) {
      const names = files(u.id).map((m) => m.file!.filename);
      expect(names.sort()).toEqual([0, 1, 2, 3].map((n) => `u${u.id}-${n}.bin`));
    }
    expect(Math.max(...users.map((u) => most.get(u.id) ?? 0))).toBe(1);
    // More than one worker's MAX_CONCURRENT_JOBS at once: both workers ran jobs.
    expect(mostInFlight).toBeGreaterThan(3);
    expect(mostInFlight).toBeLessThanOrEqual(5);
  }, 120_000);

  it('cancels from the front a download running on a worker, within 2 s', async () => {
    const u = user(7201);
    hold = true;
    try {
      api.sendText(u, `${web.url}/u?user=${u.id}&n=c`);
      const status = await waitUntil(
        () => api.messagesTo(u.id).find((m) => /Downloading/.test(m.text ?? '') && m.reply_markup),
        20_000,
        'downloading',
      );
      const t0 = Date.now();
      api.clickButton(u, status, status.reply_markup!.inline_keyboard![0]![0]!.callback_data!);
      await waitUntil(() => (active.get(u.id) ?? 0) === 0, 5000, 'the download to stop');
      expect(Date.now() - t0).toBeLessThan(2000);
      await waitUntil(
        () => api.messagesTo(u.id).find((m) => /Download cancelled/.test(m.text ?? '')),
        10_000,
        'cancelled',
      );
      expect(files(u.id)).toEqual([]);
    } finally {
      hold = false;
    }
  }, 60_000);

  it('finishes on the other worker a job whose worker was killed -9 mid-download', async () => {
    const u = user(7301);
    hold = true;
    api.sendText(u, `${web.url}/u?user=${u.id}&n=k`);
    await waitUntil(() => (active.get(u.id) ?? 0) === 1, 20_000, 'the download to start');
    const [row] = await query<{ owner: string }>("SELECT owner FROM jobs WHERE state = 'running'");
    const pid = Number(row!.owner.split(':')[1]);
    const victim = procs.find((p) => p.proc.pid === pid)!;
    expect(victim).toBeDefined();
    await victim.kill9();
    procs.splice(procs.indexOf(victim), 1);
    hold = false;
    await waitUntil(() => files(u.id).length === 1, 30_000, 'the file from the other worker');
    expect(files(u.id)[0]!.file!.filename).toBe(`u${u.id}-k.bin`);
    // A replacement worker for the tests that follow.
    await start('worker', 'scale-worker-c');
  }, 90_000);

  it('rides out a PostgreSQL restart: /health says so, then recovers, and no link is lost', async () => {
    const users = [1, 2, 3].map((i) => user(7400 + i));
    hold = true;
    for (const u of users) api.sendText(u, `${web.url}/u?user=${u.id}&n=pg`);
    await waitUntil(() => users.every((u) => (active.get(u.id) ?? 0) === 1), 20_000, 'three downloads');
    await db.stop();
    const front = procs[0]!;
    const late = user(7409);
    try {
      const down = await waitUntil(
        async () => {
          const h = await front.health();
          return h.status === 503 ? h : undefined;
        },
        20_000,
        '/health to turn 503',
      );
      expect(down.body.reasons?.join(' ')).toMatch(/database/);
      // A link sent meanwhile is either polled and held until the database answers, or left with
      // Telegram when the front has already noticed it lost its polling turn (the lock lives in
      // the database); either way it is delivered once the database is back (asserted below).
      api.sendText(late, `${web.url}/u?user=${late.id}&n=late`);
      await front.waitForLog(
        /update held until it answers|polling stopped: this front no longer holds/,
        20_000,
      );
      // The running downloads end while the database is away: the files go out, their record waits.
      hold = false;
      await waitUntil(
        () => users.every((u) => (active.get(u.id) ?? 0) === 0),
        20_000,
        'the downloads to end',
      );
    } finally {
      hold = false;
      await db.start();
    }
    await waitUntil(
      async () => (await Promise.all(procs.map((p) => p.health()))).every((h) => h.status === 200),
      30_000,
      'every /health back to 200',
    );
    for (const u of [...users, late]) {
      await waitUntil(
        () => files(u.id).length >= 1 || api.messagesTo(u.id).some((m) => /interrupted/.test(m.text ?? '')),
        60_000,
        `user ${u.id} served`,
      );
    }
    expect(files(late.id)).toHaveLength(1);
    // At most the documented duplicate: a file sent whose record had to wait out the outage.
    for (const u of users) expect(files(u.id).length).toBeLessThanOrEqual(2);
    for (const p of procs) expect(p.proc.exitCode).toBeNull();
  }, 150_000);

  it('stays up through a database outage longer than the leases: jobs run again, each file sent once', async () => {
    const users = [1, 2].map((i) => user(7600 + i));
    // The downloads stall, so they are still running when the leases lapse, however slow the machine.
    stall = true;
    for (const u of users) api.sendText(u, `${web.url}/u?user=${u.id}&n=outage`);
    await waitUntil(() => users.every((u) => (active.get(u.id) ?? 0) === 1), 20_000, 'two downloads');
    const workers = procs.slice(1);
    const marks = new Map(workers.map((p) => [p, p.logs().length]));
    await db.stop();
    try {
      // No worker can renew its leases now: each stops its job rather than risk a second copy.
      // Both jobs must have stopped before the downloads may go on: a worker that notices late
      // (a loaded machine) would otherwise finish and send its copy while the other runs it again.
      const stopped = () =>
        workers
          .map(
            (p) =>
              p
                .logs()
                .slice(marks.get(p))
                .match(/job stopped: its lease ran out/g)?.length ?? 0,
          )
          .reduce((a, b) => a + b, 0);
      await waitUntil(() => stopped() >= users.length, 30_000, 'both leases to run out');
      expect((await procs[0]!.health()).status).toBe(503);
    } finally {
      stall = false;
      await db.start();
    }
    for (const u of users) await waitUntil(() => files(u.id).length === 1, 60_000, `user ${u.id}'s file`);
    await waitUntil(
      async () => (await Promise.all(procs.map((p) => p.health()))).every((h) => h.status === 200),
      30_000,
      'every /health back to 200',
    );
    for (const u of users) expect(files(u.id)).toHaveLength(1);
    for (const p of procs) expect(p.proc.exitCode).toBeNull();
  }, 150_000);

  it('lets a standby front take over polling when the front is killed, losing no link', async () => {
    const standby = await start('front', 'scale-front-standby');
    expect(standby.logs()).not.toMatch(/this front takes the updates/);
    await procs[0]!.kill9();
    procs.splice(0, 1);
    procs.unshift(procs.splice(procs.indexOf(standby), 1)[0]!);
    const u = user(7701);
    api.sendText(u, `${web.url}/u?user=${u.id}&n=takeover`);
    await standby.waitForLog(/this front takes the updates/, 20_000);
    await waitUntil(() => files(u.id).length === 1, 30_000, 'the file through the new front');
  }, 60_000);

  it('runs periodic work in one process only: retention warns the admins once', async () => {
    // Only what the processes log from here on: the lock may have moved in the tests before.
    const from = new Map(procs.map((p) => [p, p.logs().length]));
    const runs = (p: RunningBot) =>
      p
        .logs()
        .slice(from.get(p))
        .match(/"task":"link-retention"[^\n]*"msg":"periodic task ran here"/g)?.length ?? 0;
    const u = user(7501);
    api.sendText(u, `${web.url}/u?user=${u.id}&n=r`);
    await waitUntil(() => files(u.id).length === 1, 30_000, 'the file');
    const warnings = () =>
      api
        .messagesTo(ADMIN)
        .filter(
          (m) => /Links due for deletion/.test(m.text ?? '') && (m.text ?? '').includes(`user=${u.id}&n=r`),
        );
    await waitUntil(() => warnings().length >= 1, 30_000, 'the warning');
    // The task runs every 0.6 s: after ten runs in all, every one of them was in the same process.
    await waitUntil(() => procs.reduce((n, p) => n + runs(p), 0) >= 10, 30_000, 'ten retention runs');
    expect(procs.filter((p) => runs(p) > 0)).toHaveLength(1);
    expect(warnings()).toHaveLength(1);
  }, 60_000);
});
