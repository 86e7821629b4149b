import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { videoPage } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';
import { rssMiB, saveFigures, seeded } from './figures.js';

/** `npm test` runs a short soak; `npm run soak` sets SOAK_UPDATES=10000. */
const UPDATES = Number(process.env.SOAK_UPDATES ?? 600);
const ADMIN = 8800;
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

describe(`reliability: soak, a compressed day of ${UPDATES} updates`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    h.web.route('/page', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(videoPage('x', '/nothing.mp4')),
    );
  });
  afterAll(() => h.close());

  it('misses no update, keeps memory, descriptors, children and handles flat', async () => {
    const bot = await h.start(
      {
        ADMIN_IDS: String(ADMIN),
        LINK_RETENTION_DAYS: String(20 / 86_400),
        LINK_WARNING_HOURS: String(10 / 3600),
        RETENTION_CHECK_MINUTES: '0.004',
        YTDLP_PATH: path.join(FIXTURES, 'ytdlp-sometimes-hangs.sh'),
        YTDLP_TIMEOUT_SECONDS: '1',
        MAX_CONCURRENT_JOBS: '3',
        MAX_JOBS_PER_USER: '3',
        LOG_LEVEL: 'info',
      },
      'rel-soak',
    );
    let adminCalls = 0;
    h.api.faults = (method, params) =>
      method === 'sendMessage' && params.chat_id === ADMIN && adminCalls++ % 2 === 0
        ? { type: 'error', code: 400, description: 'Bad Request: chat not found' }
        : undefined;
    const rand = seeded(99);
    const users = Array.from({ length: 20 }, (_, i) => user(9200 + i));
    const expectReply = new Map<number, number>();
    const links = new Map<number, number>();
    const stats = async () => {
      const health = await bot.health();
      const proc = (health.body.checks!.process as { detail: { activeResources: Record<string, number> } })
        .detail;
      return {
        rss: rssMiB(bot.proc.pid!),
        fds: readdirSync(`/proc/${bot.proc.pid}/fd`).length,
        timers: proc.activeResources.Timeout ?? 0,
        handles: Object.values(proc.activeResources).reduce((a, b) => a + b, 0),
      };
    };
    let warm: Awaited<ReturnType<typeof stats>> | undefined;
    for (let i = 0; i < UPDATES; i++) {
      const u = users[i % users.length]!;
      const r = rand();
      if (r < 0.9) {
        h.api.sendText(u, r < 0.5 ? '/start' : r < 0.8 ? '/help' : 'hello there');
        expectReply.set(u.id, (expectReply.get(u.id) ?? 0) + 1);
      } else {
        h.api.sendText(
          u,
          r < 0.97 ? `${h.web.url}/gen?size=20000&name=s${i}.bin` : `${h.web.url}/page?hang=${i}`,
        );
        links.set(u.id, (links.get(u.id) ?? 0) + 1);
      }
      if (i % 30 === 29) await new Promise((res) => setTimeout(res, 1000));
      if (i === Math.floor(UPDATES * 0.2)) {
        await new Promise((res) => setTimeout(res, 2000));
        warm = await stats();
      }
    }
    const isReply = (text: string | undefined) =>
      /Hello|How to use|Please send a valid link/.test(text ?? '');
    await waitUntil(
      () =>
        users.every(
          (u) => h.api.messagesTo(u.id).filter((m) => isReply(m.text)).length >= (expectReply.get(u.id) ?? 0),
        ),
      300_000,
      'every update answered',
    );
    // Let the last replies' timers and sockets wind down (bounded), then measure.
    let end = await stats();
    for (const until = Date.now() + 10_000; Date.now() < until; ) {
      if (end.fds - warm!.fds <= 3 && end.timers - warm!.timers <= 3 && end.rss - warm!.rss < 10) break;
      await new Promise((res) => setTimeout(res, 250));
      end = await stats();
    }
    // ps exits 1 when nothing matches: no children is the answer we want.
    const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(bot.proc.pid)], {
      encoding: 'utf8',
    }).stdout.trim();
    const extra = users.reduce(
      (n, u) =>
        n +
        Math.max(
          0,
          h.api.messagesTo(u.id).filter((m) => isReply(m.text)).length - (expectReply.get(u.id) ?? 0),
        ),
      0,
    );
    const missed = users.reduce(
      (n, u) =>
        n +
        Math.max(
          0,
          (expectReply.get(u.id) ?? 0) - h.api.messagesTo(u.id).filter((m) => isReply(m.text)).length,
        ),
      0,
    );
    const retentionFailures = (bot.logs().match(/retention warning not delivered/g) ?? []).length;
    const figures = {
      updates: UPDATES,
      missed,
      extraReplies: extra,
      linksSent: [...links.values()].reduce((a, b) => a + b, 0),
      retentionWarningsFailed: retentionFailures,
      ytdlpTimeouts: (bot.logs().match(/yt-dlp took too long/g) ?? []).length,
      rssWarmMiB: Math.round(warm!.rss),
      rssEndMiB: Math.round(end.rss),
      fdsWarm: warm!.fds,
      fdsEnd: end.fds,
      timersWarm: warm!.timers,
      timersEnd: end.timers,
      childProcessesEnd: children ? children.split('\n').length : 0,
    };
    saveFigures(UPDATES >= 10_000 ? 'soak-long' : 'soak', figures);
    // Every update was answered (the wait above); none was answered twice.
    expect(extra).toBe(0);
    expect(retentionFailures).toBeGreaterThan(0);
    expect(end.rss - warm!.rss).toBeLessThan(10);
    expect(end.fds - warm!.fds).toBeLessThanOrEqual(3);
    expect(end.timers - warm!.timers).toBeLessThanOrEqual(3);
    expect(children).toBe('');
  }, 900_000);
});
