import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';
import { saveFigures, seeded } from './figures.js';

const ADMIN = 8900;
const ENV = {
  MAX_CONCURRENT_JOBS: '1',
  ADMIN_IDS: String(ADMIN),
  DEFAULT_LANGUAGE: 'en',
  LINK_RETENTION_DAYS: String(3 / 86_400),
  LINK_WARNING_HOURS: String(2 / 3600),
  RETENTION_CHECK_MINUTES: '0.005',
  SHUTDOWN_GRACE_SECONDS: '2',
  // A killed process holds its jobs until their lease runs out (20 s by default).
  JOB_LEASE_SECONDS: '1.5',
};

describe('reliability: kill -9 at ten seeded moments', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    // 1 MB sources at ~2 MB/s, so a kill often lands mid-download.
    h.web.route('/k', (req, res) => {
      const name = new URL(req.url!, 'http://x').searchParams.get('n');
      res.writeHead(200, {
        'content-length': 1_048_576,
        'content-disposition': `attachment; filename="${name}.bin"`,
      });
      if (req.method === 'HEAD') return res.end();
      let sent = 0;
      const t = setInterval(() => {
        res.write(Buffer.alloc(65_536, 3));
        sent += 65_536;
        if (sent >= 1_048_576) {
          clearInterval(t);
          res.end();
        }
      }, 30);
      res.on('close', () => clearInterval(t));
    });
  });
  afterAll(() => h.close());

  it('ends every link delivered or told, with at most one duplicate per link, no orphan temp files and an intact database', async () => {
    const rand = seeded(7);
    // Slow answers after Telegram has stored the file, and slow retention warnings to admins.
    h.api.faults = (method, params) =>
      method === 'sendDocument' && rand() < 0.5
        ? { type: 'delay-after', ms: 800 }
        : method === 'sendMessage' && params.chat_id === ADMIN
          ? { type: 'delay-after', ms: 500 }
          : undefined;
    const phases: string[] = [];
    const users: number[] = [];
    let dataDir: string | undefined;
    for (let round = 0; round < 10; round++) {
      const bot = await h.start(ENV, `rel-kill-${round}`, dataDir);
      dataDir = bot.dataDir;
      for (let j = 0; j < 2; j++) {
        const u = user(8100 + round * 2 + j);
        users.push(u.id);
        h.api.sendText(u, `${h.web.url}/k?n=r${round}-${j}`);
      }
      await new Promise((r) => setTimeout(r, 200 + rand() * 2500));
      // What each job was doing at the kill, as its user saw it.
      const open = h.api.messages.filter(
        (m) => !m.deleted && m.reply_markup?.inline_keyboard?.[0]?.[0]?.callback_data?.startsWith('cancel:'),
      );
      const held = h.api.calls.at(-1);
      const seen = open.map(
        (m) => (m.text ?? '').match(/In the queue|Starting|Checking|Downloading|Sending/)?.[0] ?? 'status',
      );
      if (held?.method === 'sendDocument' || held?.method === 'sendMessage')
        seen.push(`${held.method} answer held`);
      phases.push(seen.join(' + ') || 'idle');
      await bot.kill9();
    }
    const bot = await h.start(ENV, 'rel-kill-final', dataDir);
    const outcome = (id: number) => {
      const files = h.files(id).length;
      const told = h.api
        .messagesTo(id)
        .filter((m) => /interrupted|cancelled|failed|❌/.test(m.text ?? '')).length;
      return { files, told };
    };
    const openJobs = () => {
      const db = new Database(path.join(dataDir!, 'pishtaz.db'), { readonly: true });
      const row = db.prepare("SELECT COUNT(*) AS n FROM jobs WHERE state IN ('queued', 'running')").get();
      db.close();
      return (row as { n: number }).n;
    };
    // Every job ends (a retried one may still be re-sending a file delivered before a kill)…
    await waitUntil(() => openJobs() === 0, 120_000, 'every job ended');
    // …and then each user has a file or was told why not; a user with neither lost the link.
    const resolved = () => users.every((id) => outcome(id).files > 0 || outcome(id).told > 0);
    await waitUntil(resolved, 10_000, 'every link resolved').catch(() => undefined);
    await bot.stop();
    const lost = users.filter((id) => outcome(id).files === 0 && outcome(id).told === 0).length;
    let duplicates = 0;
    let delivered = 0;
    let told = 0;
    for (const id of users) {
      const o = outcome(id);
      if (o.files > 0) delivered++;
      else told++;
      expect(o.files).toBeLessThanOrEqual(2);
      duplicates += Math.max(0, o.files - 1);
    }
    const leftovers = h.tmpEntries();
    const db = new Database(path.join(dataDir!, 'pishtaz.db'), { readonly: true });
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check;
    db.close();
    const running = openJobs();
    saveFigures('kill', {
      kills: 10,
      phasesAtKill: phases,
      links: users.length,
      delivered,
      toldFailed: told,
      lost,
      duplicates,
      orphanTempFiles: leftovers.length,
      integrity,
      jobsLeftOpen: running,
    });
    expect(lost).toBe(0);
    expect(leftovers).toEqual([]);
    expect(integrity).toBe('ok');
  }, 300_000);
});
