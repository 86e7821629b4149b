import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createThrottle } from '../../src/bot/throttle.js';
import { createLogger } from '../../src/logger.js';
import { createPostgresStorage } from '../../src/storage/postgres/index.js';
import type { Storage } from '../../src/storage/types.js';
import type { TestPostgres } from '../support/postgres.js';

const busiestSecond = (times: number[]) =>
  Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));

/**
 * Telegram's send limit kept by several processes of one bot on one database (`server()` is the
 * file's PostgreSQL; storages opened here go into `opened`, which the file closes).
 */
export function describeSendLimitAcrossProcesses(server: () => TestPostgres, opened: Storage[]) {
  /** Storages of `n` processes of one bot on one fresh database. */
  async function processes(n: number) {
    const url = await server().createDatabase();
    const log = createLogger({ level: 'silent', secrets: [] });
    const stores: Storage[] = [];
    for (let i = 0; i < n; i++) stores.push(await createPostgresStorage(url, log));
    opened.push(...stores);
    return { url, stores };
  }

  describe("Telegram's send limit across processes (PostgreSQL)", () => {
    it('keeps two processes of one bot to 30 messages a second between them', async () => {
      const { stores } = await processes(2);
      const sent: number[] = [];
      const telegram = async () => {
        sent.push(Date.now());
        return { ok: true, result: true } as never;
      };
      const throttles = stores.map((s) => createThrottle({ schedule: s.sendSchedule }));
      await Promise.all(
        throttles.flatMap((t, i) =>
          Array.from({ length: 40 }, (_, j) =>
            t.background(telegram, 'sendMessage', { chat_id: 1000 * (i + 1) + j } as never),
          ),
        ),
      );
      expect(sent).toHaveLength(80);
      // Each process alone keeps to 26 (the other 4 are the queue places'); the two together too.
      expect(busiestSecond(sent)).toBeLessThanOrEqual(30);
    });

    it("puts the front's answers ahead of a worker's background work, but not all of it", async () => {
      const { stores } = await processes(2);
      const [front, worker] = stores.map((s) => createThrottle({ schedule: s.sendSchedule }));
      const sent: string[] = [];
      const telegram = (who: string) => async () => {
        sent.push(who);
        return { ok: true, result: true } as never;
      };
      const edits = Array.from({ length: 40 }, (_, i) =>
        worker!.background(telegram('edit'), 'editMessageText', { chat_id: 100 + i } as never),
      );
      await new Promise((r) => setTimeout(r, 200));
      const queuedAt = sent.length;
      const answers = Array.from({ length: 10 }, (_, i) =>
        front!.interactive(telegram('answer'), 'sendMessage', { chat_id: 200 + i } as never),
      );
      await Promise.all(answers);
      const meanwhile = sent.slice(queuedAt);
      // Taking turns slot by slot, ten answers would need twenty slots.
      expect(meanwhile.length).toBeLessThanOrEqual(15);
      expect(meanwhile).toContain('edit');
      await Promise.all(edits);
    });

    it('sends on its own schedule while the database does not answer, and shares again once it does', async () => {
      const { url, stores } = await processes(1);
      const schedule = stores[0]!.sendSchedule;
      await schedule.next(100, 0);

      // Another process holds the schedule's row: the slot is not given within half a second.
      const other = new pg.Client({ connectionString: url });
      await other.connect();
      await other.query('BEGIN');
      await other.query('SELECT * FROM send_schedule FOR UPDATE');
      const t0 = Date.now();
      expect(await schedule.next(100, 0)).toBeLessThan(100);
      // Nor are the next: they do not queue behind the one still waiting.
      for (let i = 0; i < 4; i++) await schedule.next(100, 0);
      expect(Date.now() - t0).toBeLessThan(1500);
      await other.end();
      // The server gone: no wait at all.
      await server().stop();
      try {
        const t1 = Date.now();
        await schedule.next(100, 0);
        expect(Date.now() - t1).toBeLessThan(1500);
      } finally {
        await server().start();
      }
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      const before = (await check.query<{ next_at: number }>('SELECT next_at FROM send_schedule')).rows[0]!
        .next_at;
      await schedule.next(100, 0);
      const after = (await check.query<{ next_at: number }>('SELECT next_at FROM send_schedule')).rows[0]!
        .next_at;
      await check.end();
      expect(after).toBeGreaterThan(before);
    });
    it('opens no connection for a send once the storage is closed (a send during shutdown)', async () => {
      const { url, stores } = await processes(1);
      await stores[0]!.sendSchedule.next(100, 0);
      await stores[0]!.close();
      expect(await stores[0]!.sendSchedule.next(100, 0)).toBeLessThan(100);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const { rows } = await c.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      await c.end();
      expect(rows[0]!.n).toBe(0);
    });
  });
}
