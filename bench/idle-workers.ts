import pg from 'pg';
import { startBotApiDouble } from '../test/support/bot-api-double.js';
import { startPostgres } from '../test/support/postgres.js';
import { type RunningBot, startBot, TEST_TOKEN } from '../test/support/spawn-bot.js';
import { sleep } from './support.js';

const WORKERS = Number(process.env.BENCH_IDLE_WORKERS ?? 8);
const WINDOW_MS = 60_000;

/**
 * What idle workers cost the database: PostgreSQL's own count of transactions (each statement
 * outside a transaction is one) over a minute, first with the front alone, then with
 * `WORKERS` idle workers beside it; the difference per worker per minute.
 */
export async function benchIdleWorkers() {
  const db = await startPostgres();
  const api = await startBotApiDouble({ token: TEST_TOKEN });
  const started: RunningBot[] = [];
  const dbUrl = await db.createDatabase();
  const client = new pg.Client({ connectionString: dbUrl });
  try {
    await client.connect();
    const env = (role: string) => ({
      ROLE: role,
      DATABASE_URL: dbUrl,
      LOG_LEVEL: 'info',
      DEFAULT_LANGUAGE: 'en',
    });
    const transactions = async () => {
      await client.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await client.query<{ n: string }>(
        'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()',
      );
      return Number(rows[0]!.n);
    };
    /** Transactions per minute over one window (stats reach pg_stat_database within a second). */
    const perMinute = async () => {
      const a = await transactions();
      await sleep(WINDOW_MS);
      await sleep(1500);
      return ((await transactions()) - a) * (60_000 / WINDOW_MS);
    };
    started.push(await startBot({ apiRoot: api.url, env: env('front'), name: 'idle-front' }));
    await sleep(5000);
    const front = await perMinute();
    for (let i = 0; i < WORKERS; i++)
      started.push(await startBot({ apiRoot: api.url, env: env('worker'), name: `idle-worker-${i}` }));
    await sleep(10_000);
    const all = await perMinute();
    const perWorker = (all - front) / WORKERS;
    console.log(
      `idle workers: ${WORKERS} idle workers beside one front: ${perWorker.toFixed(0)} database transactions per worker per minute (the front alone: ${front.toFixed(0)} per minute)`,
    );
    return { perWorker, front };
  } finally {
    await Promise.all(started.map((b) => b.stop()));
    await client.end().catch(() => {});
    await api.close();
    await db.destroy();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIdleWorkers();
