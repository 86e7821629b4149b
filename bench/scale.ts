import pg from 'pg';
import { LIMITED } from '../src/bot/throttle.js';
import { type Fault, startBotApiDouble } from '../test/support/bot-api-double.js';
import { startPostgres } from '../test/support/postgres.js';
import { type RunningBot, startBot, TEST_TOKEN, waitUntil } from '../test/support/spawn-bot.js';
import { fairOrderSeconds, type WorkItem } from './fair-order-bound.js';
import { rssOf, sleep, startContentProcess } from './support.js';

const KB = 1024;
/** Every source sends at this rate per connection: the network, not this 2-core box, is the bound. */
const SOURCE_BYTES_PER_SECOND = 256 * KB;
/** Bytes per write: 50 a second. */
const STEP = Math.floor(SOURCE_BYTES_PER_SECOND / 50);
const SIZES = [64 * KB, 256 * KB, 512 * KB];
const USERS = Number(process.env.BENCH_USERS ?? 40);
const LINKS_PER_USER = 8;
/** MAX_CONCURRENT_JOBS of each worker and MAX_JOBS_PER_USER. */
const PER_WORKER = 3;
const PER_USER = 1;
/** With this set (calls a second, all processes together), the double refuses more as Telegram does. */
const TELEGRAM_LIMIT = Number(process.env.BENCH_TELEGRAM_LIMIT ?? 0);

/** Telegram's send limit for a bot: past `perSecond` limited calls in the last second, a 429. */
function telegramLimit(perSecond: number) {
  const accepted: number[] = [];
  let refused = 0;
  const fault = (method: string): Fault | undefined => {
    if (!LIMITED.test(method)) return undefined;
    const now = Date.now();
    while (accepted.length > 0 && accepted[0]! <= now - 1000) accepted.shift();
    if (accepted.length < perSecond) {
      accepted.push(now);
      return undefined;
    }
    refused++;
    return { type: 'error', code: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 };
  };
  return { fault, refused: () => refused };
}

/** The mean rate of limited calls in [from, to) and the most in any one whole second of it. */
function sendRate(calls: { method: string; at: number }[], from: number, to: number) {
  const perSecond = new Map<number, number>();
  for (const c of calls) {
    if (c.at < from || c.at >= to || !LIMITED.test(c.method)) continue;
    const second = Math.floor((c.at - from) / 1000);
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
  }
  const total = [...perSecond.values()].reduce((a, b) => a + b, 0);
  return { mean: total / ((to - from) / 1000), peak: Math.max(0, ...perSecond.values()) };
}

const p = (values: number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? Number.NaN;
};

/**
 * Scale-out: jobs per minute with 1, 2 and 4 workers (one front, one PostgreSQL, the Bot API
 * double) on one mixed workload of rate-limited sources; enqueue-to-start p99 with spare workers;
 * the front's reply p99 while four workers run; an idle worker's RSS.
 */
export async function benchScale() {
  const db = await startPostgres();
  const api = await startBotApiDouble({ token: TEST_TOKEN });
  // The sources run in a process of their own and catch up when their timers fire late, as a
  // network would: in the bench's process they slowed down with the bot processes' load.
  const web = await startContentProcess();
  const paced = (size: number, tag: string) =>
    `${web.url}/gen?size=${size}&rate=${SOURCE_BYTES_PER_SECOND}&step=${STEP}&name=f.bin&${tag}`;
  let nextUser = 1_000_000;
  // Every process started, so a failed run leaves none behind.
  const started: RunningBot[] = [];
  const launch = async (env: Record<string, string>, name: string) => {
    const bot = await startBot({ apiRoot: api.url, env, name });
    started.push(bot);
    return bot;
  };
  const results: Record<string, number> = {};
  try {
    for (const workers of (process.env.BENCH_WORKERS ?? '1,2,4,8').split(',').map(Number)) {
      const url = await db.createDatabase();
      const env = (role: string) => ({
        ROLE: role,
        DATABASE_URL: url,
        MAX_CONCURRENT_JOBS: String(PER_WORKER),
        MAX_JOBS_PER_USER: String(PER_USER),
        LOG_LEVEL: 'info',
        DEFAULT_LANGUAGE: 'en',
        // The bot's default, not the test harness's 0.5 s: status edits are most of what it sends.
        PROGRESS_INTERVAL_SECONDS: '5',
      });
      const procs: RunningBot[] = [await launch(env('front'), 'bench-front')];
      for (let i = 0; i < workers; i++) procs.push(await launch(env('worker'), `bench-worker-${i}`));
      const users = Array.from({ length: USERS }, () => ({
        id: nextUser++,
        first_name: 'u',
        language_code: 'en',
      }));
      const limit = TELEGRAM_LIMIT > 0 ? telegramLimit(TELEGRAM_LIMIT) : undefined;
      api.faults = limit?.fault;
      const t0 = Date.now();
      let k = 0;
      for (let n = 0; n < LINKS_PER_USER; n++)
        for (const u of users) api.sendText(u, paced(SIZES[k++ % SIZES.length]!, `u=${u.id}&n=${n}`));
      const delivered = () =>
        users.reduce((sum, u) => sum + api.messagesTo(u.id).filter((m) => m.file).length, 0);
      // The front answers /help while the workers run: how long a user waits for a reply.
      const replies: number[] = [];
      const asking = (async () => {
        // Once every link has its status message (Telegram's send limit paces that burst).
        await waitUntil(
          () => users.every((u) => api.messagesTo(u.id).filter((m) => !m.file).length >= LINKS_PER_USER),
          120_000,
          'the queued replies',
        );
        while (delivered() < USERS * LINKS_PER_USER) {
          // A new user each time: Telegram allows one message a second into one chat.
          const asker = { id: nextUser++, first_name: 'a', language_code: 'en' };
          const before = api.messagesTo(asker.id).length;
          const sentAt = Date.now();
          api.sendText(asker, '/help');
          const reply = await api.waitForCall(
            (c) => c.method === 'sendMessage' && c.params.chat_id === asker.id && c.at >= sentAt,
            10_000,
          );
          replies.push(reply.at - sentAt);
          await waitUntil(() => api.messagesTo(asker.id).length > before, 5000, 'the reply');
          await sleep(100);
        }
      })();
      await waitUntil(() => delivered() === USERS * LINKS_PER_USER, 300_000, 'every file');
      const seconds = (Date.now() - t0) / 1000;
      await asking;
      results[`jobsPerMinute${workers}`] = ((USERS * LINKS_PER_USER) / seconds) * 60;
      const rate = sendRate(api.calls, t0, t0 + seconds * 1000);
      results[`sendsPerSecond${workers}`] = rate.mean;
      results[`sendsPeak${workers}`] = rate.peak;
      if (limit) results[`refused${workers}`] = limit.refused();
      api.faults = undefined;
      if (workers === 4) {
        results.frontReplyP99Ms = p(replies, 0.99);
        // Spare capacity: links one at a time, each from a new user.
        const light = Array.from({ length: 30 }, () => ({
          id: nextUser++,
          first_name: 'l',
          language_code: 'en',
        }));
        for (const u of light) {
          api.sendText(u, paced(64 * KB, `u=${u.id}`));
          await sleep(150);
        }
        await waitUntil(
          () => light.every((u) => api.messagesTo(u.id).some((m) => m.file)),
          60_000,
          'light links',
        );
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        const { rows } = await c.query<{ wait: string }>(
          `SELECT started_at - created_at AS wait FROM jobs WHERE user_id = ANY($1::bigint[])`,
          [light.map((u) => u.id)],
        );
        await c.end();
        results.enqueueToStartP99Ms = p(
          rows.map((r) => Number(r.wait)),
          0.99,
        );
        await sleep(20_000);
        results.idleWorkerRssMiB = rssOf(procs[1]!.proc.pid!).rss;
        const fresh = await launch(env('worker'), 'bench-worker-fresh');
        procs.push(fresh);
        await sleep(8000);
        results.freshWorkerRssMiB = rssOf(fresh.proc.pid!).rss;
      }
      await Promise.all(procs.map((b) => b.stop()));
    }
  } finally {
    await Promise.all(started.map((b) => b.stop()));
    web.stop();
    await api.close();
    await db.destroy();
  }
  // The same links as sent above, each a download of its paced length and nothing more.
  const work: WorkItem[] = [];
  for (let i = 0; i < USERS * LINKS_PER_USER; i++)
    work.push({ userId: i % USERS, seconds: SIZES[i % SIZES.length]! / SOURCE_BYTES_PER_SECOND });
  const bound = (w: number) =>
    (
      fairOrderSeconds(work, 1, PER_WORKER, PER_USER) / fairOrderSeconds(work, w, PER_WORKER, PER_USER)
    ).toFixed(2);
  const n = (v: number | undefined, digits = 0) => (v === undefined ? '-' : v.toFixed(digits));
  const ratio = (w: number) =>
    n((results[`jobsPerMinute${w}`] ?? Number.NaN) / (results.jobsPerMinute1 ?? Number.NaN), 2);
  console.log(
    [
      `scale-out, ${USERS * LINKS_PER_USER} links (${SIZES.map((s) => s / KB).join('/')} KiB at ${SOURCE_BYTES_PER_SECOND / KB} KiB/s per source), MAX_CONCURRENT_JOBS=${PER_WORKER} per worker:`,
      `  jobs per minute: 1 worker ${n(results.jobsPerMinute1)}, 2 workers ${n(results.jobsPerMinute2)} (${ratio(2)}x, goal >= 1.8x), 4 workers ${n(results.jobsPerMinute4)} (${ratio(4)}x, goal >= 3.5x), 8 workers ${n(results.jobsPerMinute8)} (${ratio(8)}x, goal >= 7x)`,
      `  at no cost per job but the download, the queue's fair order (each user's links one at a time) allows at most ${bound(2)}x, ${bound(4)}x and ${bound(8)}x on this workload (bench/fair-order-bound.ts)`,
      `  Bot API sends and edits a second, mean and busiest second (Telegram allows about 30 a bot, all processes together): ${[1, 2, 4, 8].map((w) => `${w} worker${w > 1 ? 's' : ''} ${n(results[`sendsPerSecond${w}`])} and ${n(results[`sendsPeak${w}`])}`).join(', ')}`,
      ...(TELEGRAM_LIMIT > 0
        ? [
            `  the double refusing more than ${TELEGRAM_LIMIT} a second with 429 (BENCH_TELEGRAM_LIMIT): calls refused ${[1, 2, 4, 8].map((w) => `${w} worker${w > 1 ? 's' : ''} ${n(results[`refused${w}`])}`).join(', ')}`,
          ]
        : []),
      `  enqueue-to-start p99 with spare workers: ${n(results.enqueueToStartP99Ms)} ms (goal < 500)`,
      `  front reply p99 while 4 workers run: ${n(results.frontReplyP99Ms)} ms (goal < 100)`,
      `  idle worker RSS: ${n(results.freshWorkerRssMiB, 1)} MiB just started, ${n(results.idleWorkerRssMiB, 1)} MiB after its share of the run (goal < 80 MB)`,
    ].join('\n'),
  );
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScale();
