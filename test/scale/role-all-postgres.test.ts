import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { startPostgres, type TestPostgres } from '../support/postgres.js';
import { waitUntil } from '../support/spawn-bot.js';

const ADMIN = 7800;
const KB = 1024;

/**
 * The free-plan set-up: one ROLE=all process on an external PostgreSQL. Its disk is wiped on
 * every restart (a new, empty DATA_DIR here), and nothing of what users see may go with it.
 */
describe('ROLE=all on PostgreSQL: a restart with an empty disk keeps everything', () => {
  let db: TestPostgres;
  let h: Harness;
  let slow = true;
  beforeAll(async () => {
    db = await startPostgres();
    h = await createHarness();
    h.web.route('/slow', (req, res) => {
      const n = new URL(req.url!, 'http://x').searchParams.get('n');
      res.writeHead(200, {
        'content-length': 128 * KB,
        'content-disposition': `attachment; filename="${n}.bin"`,
      });
      if (req.method === 'HEAD') return res.end();
      let sent = 0;
      const t = setInterval(() => {
        if (slow) return;
        res.write(Buffer.alloc(16 * KB, 1));
        sent += 16 * KB;
        if (sent >= 128 * KB) {
          clearInterval(t);
          res.end();
        }
      }, 10);
      res.on('close', () => clearInterval(t));
    });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await db?.destroy();
  });

  it('keeps the history, the queued jobs and the retention warnings across a wiped DATA_DIR', async () => {
    const env = {
      DATABASE_URL: await db.createDatabase(),
      ADMIN_IDS: String(ADMIN),
      DEFAULT_LANGUAGE: 'en',
      MAX_CONCURRENT_JOBS: '1',
      // Links live 40 s; the admins are warned in their last 25 s, i.e. after the restart below.
      LINK_RETENTION_DAYS: String(40 / 86_400),
      LINK_WARNING_HOURS: String(25 / 3600),
      RETENTION_CHECK_MINUTES: '0.01',
      SHUTDOWN_GRACE_SECONDS: '1',
    };
    const first = await h.start(env, 'role-all-first');
    const u = user(7801);
    h.api.sendText(u, `${h.web.url}/gen?size=1000&name=kept.txt`);
    await h.waitForFile(u.id);
    h.api.sendText(u, `${h.web.url}/slow?n=running`);
    h.api.sendText(u, `${h.web.url}/slow?n=queued`);
    await waitUntil(
      () =>
        h.api.messagesTo(u.id).filter((m) => /In the queue|Downloading|Checking/.test(m.text ?? '')).length >=
        2,
      15_000,
      'two jobs waiting',
    );
    // The running job is in its download (its GET reached the source) when the deploy stops it.
    // Which of the two runs first depends on which update was handled first: either will do.
    await waitUntil(
      () => h.web.requests.some((r) => r.method === 'GET' && r.path.startsWith('/slow')),
      15_000,
      'the running download',
    );
    expect(h.api.messagesTo(ADMIN).filter((m) => /Links due for deletion/.test(m.text ?? ''))).toEqual([]);
    await first.stop();

    // The host wiped the disk: a new, empty DATA_DIR.
    const second = await h.start(env, 'role-all-second');
    expect(second.dataDir).not.toBe(first.dataDir);
    slow = false;
    // The running job (put back at shutdown) and the queued one are delivered by the new process.
    await waitUntil(() => h.files(u.id).length === 3, 30_000, 'both waiting links delivered');
    expect(
      h
        .files(u.id)
        .map((m) => m.file!.filename)
        .sort(),
    ).toEqual(['kept.txt', 'queued.bin', 'running.bin']);
    h.api.sendText(u, '/history');
    const list = await h.waitForText(u.id, /Your links \(3\)/);
    expect(list.text).toContain('kept.txt');
    const warning = await waitUntil(
      () => h.api.messagesTo(ADMIN).find((m) => /Links due for deletion/.test(m.text ?? '')),
      40_000,
      'the retention warning',
    );
    expect(warning.text).toContain('name=kept.txt');
  }, 120_000);
});
