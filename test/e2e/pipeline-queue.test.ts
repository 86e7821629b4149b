import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

const MB = 1024 * 1024;

const SHORT_LEASE = { JOB_LEASE_SECONDS: '1.5' };

describe('queue, guard, cancel and crashes', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.close());

  it('refuses private, loopback and metadata addresses in every form, and fetches none of them', async () => {
    await h.start({ ALLOW_PRIVATE_NETWORK: 'false', NETWORK_ALLOWLIST: '127.0.0.1' }, 'guard');
    const port = h.web.port;
    const links = [
      `http://127.0.0.2:${port}/secret1`,
      `http://localhost:${port}/secret2`,
      'http://10.0.0.1/secret3',
      'http://169.254.169.254/latest/meta-data/',
      `http://[::1]:${port}/secret4`,
      `http://[::ffff:127.0.0.2]:${port}/secret5`,
      `http://2130706434:${port}/secret6`,
      `http://127.2:${port}/secret7`,
      `http://0x7f.0.0.2:${port}/secret8`,
    ];
    const u = user(1001);
    for (const link of links) h.api.sendText(u, link);
    await waitUntil(
      () =>
        h.api.messagesTo(u.id).filter((m) => /private or local network/.test(m.text ?? '')).length ===
        links.length,
      15_000,
      'all refused',
    );
    // A redirect from the allowed host to a private one is refused at the hop.
    h.api.sendText(u, `${h.web.url}/redirect?to=${encodeURIComponent(`http://localhost:${port}/secret9`)}`);
    await h.waitForText(u.id, /leads to a private or local network/);
    expect(h.web.requests.filter((r) => r.path.startsWith('/secret'))).toEqual([]);
    expect(h.web.requests.filter((r) => r.path.startsWith('/redirect')).length).toBeGreaterThan(0);
    expect(h.api.callsTo(/^send(Document|Video)/)).toHaveLength(0);
  });

  it('runs at most two jobs at once, fairly, and delivers all ten links of five users', async () => {
    let active = 0;
    let peak = 0;
    h.web.route('/slowfile', (req, res) => {
      const n = new URL(req.url!, 'http://x').searchParams.get('n');
      if (req.method === 'HEAD') return res.writeHead(200, { 'content-length': 200_000 }).end();
      active++;
      peak = Math.max(peak, active);
      res.writeHead(200, {
        'content-length': 200_000,
        'content-disposition': `attachment; filename="f${n}.dat"`,
      });
      let sent = 0;
      const tick = () => {
        if (sent >= 200_000) {
          active--;
          return res.end();
        }
        res.write(Buffer.alloc(20_000, 1));
        sent += 20_000;
        setTimeout(tick, 40);
      };
      tick();
    });
    await h.start({ MAX_CONCURRENT_JOBS: '2', MAX_JOBS_PER_USER: '1' }, 'fair');
    const users = [1101, 1102, 1103, 1104, 1105].map((id) => user(id));
    for (const u of users) {
      h.api.sendText(u, `${h.web.url}/slowfile?n=${u.id}-1`);
      h.api.sendText(u, `${h.web.url}/slowfile?n=${u.id}-2`);
    }
    await waitUntil(() => users.every((u) => h.files(u.id).length === 2), 50_000, 'ten deliveries');
    expect(peak).toBeLessThanOrEqual(2);
    // Two at a time: the first four files are four users' first; the fifth user's first runs
    // beside the first user's second (it starts a claim earlier, and either may land first), so
    // the first six hold all five users. In arrival order they would be 1, 2, 1, 2, 3, 4.
    const order = h.api.messages.filter((m) => m.file).map((m) => m.chat.id);
    expect(new Set(order.slice(0, 4)).size).toBe(4);
    expect(new Set(order.slice(0, 6)).size).toBe(5);
    // Every text a status message showed on its way (sent, then edited), not just its last one.
    const shown = h.api.calls
      .filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText')
      .map((c) => String(c.params.text ?? ''));
    const positions = shown
      .filter((text) => /In the queue: position (\d+)/.test(text))
      .map((text) => Number(text.match(/position (\d+)/)![1]));
    expect(Math.max(...positions)).toBeGreaterThan(5);
    // Positions move as the queue drains: someone waiting at 3 or more later saw 1.
    expect(positions).toContain(1);
  });

  it('starts a download while its "queued" message is held up, and sends the file only after it', async () => {
    let fetchedAt = 0;
    h.web.route('/late-reply', (req, res) => {
      res.writeHead(200, {
        'content-length': 100_000,
        'content-disposition': 'attachment; filename="r.bin"',
      });
      if (req.method === 'HEAD') return res.end();
      fetchedAt ||= Date.now();
      res.end(Buffer.alloc(100_000, 7));
    });
    // Telegram's send limit, as a busy bot meets it: the reply takes 1.5 s to go out.
    h.api.faults = (method, params) =>
      method === 'sendMessage' && /In the queue/.test(String(params.text))
        ? { type: 'delay', ms: 1500 }
        : undefined;
    await h.start({}, 'late-reply');
    const u = user(1010);
    h.api.sendText(u, `${h.web.url}/late-reply`);
    const file = await h.api.waitForCall(
      (c) => c.method === 'sendDocument' && c.params.chat_id === u.id,
      15_000,
    );
    const queued = h.api.calls.find((c) => c.method === 'sendMessage' && c.params.chat_id === u.id)!;
    expect(fetchedAt).toBeGreaterThan(0);
    expect(fetchedAt).toBeLessThan(queued.at);
    expect(file.at).toBeGreaterThan(queued.at);
    // Its status message goes once the file is there: the file is the one message left.
    await waitUntil(
      () => h.api.messagesTo(u.id).filter((m) => !m.deleted).length === 1,
      5000,
      'the status removed',
    );
    expect(h.api.messagesTo(u.id).filter((m) => !m.deleted)[0]?.file).toBeDefined();
    expect(h.api.callsTo('sendMessage').filter((c) => c.params.chat_id === u.id)).toHaveLength(1);
  });

  it('cancels a running download within 2 s from the button, removing its temp file', async () => {
    await h.start({}, 'cancel');
    const u = user(1201);
    h.api.sendText(u, `${h.web.url}/gen?size=${50 * MB}&delay=100`);
    const status = await waitUntil(
      () => h.api.messagesTo(u.id).find((m) => /Downloading/.test(m.text ?? '')),
      15_000,
      'downloading',
    );
    expect(h.tmpEntries().length).toBe(1);
    const t0 = Date.now();
    h.api.clickButton(u, status, status.reply_markup!.inline_keyboard![0]![0]!.callback_data!);
    await h.waitForText(u.id, /Download cancelled/);
    expect(Date.now() - t0).toBeLessThan(2000);
    await h.expectTmpEmpty();
    expect(h.files(u.id)).toEqual([]);
  });

  it('/cancel cancels queued and running jobs', async () => {
    await h.start({ MAX_CONCURRENT_JOBS: '1' }, 'cancel-cmd');
    const u = user(1202);
    h.api.sendText(u, `${h.web.url}/gen?size=${50 * MB}&delay=100&a=1`);
    h.api.sendText(u, `${h.web.url}/gen?size=${50 * MB}&delay=100&a=2`);
    await waitUntil(
      () => h.api.messagesTo(u.id).find((m) => /Downloading/.test(m.text ?? '')),
      15_000,
      'downloading',
    );
    h.api.sendText(u, '/cancel');
    await waitUntil(
      () => h.api.messagesTo(u.id).filter((m) => /Download cancelled/.test(m.text ?? '')).length === 2,
      10_000,
      'two cancels',
    );
    expect(h.files(u.id)).toEqual([]);
  });

  it('after kill -9 mid-download, a restart delivers the link and leaves no orphan temp files', async () => {
    let slow = true;
    h.web.route('/crashy', (req, res) => {
      res.writeHead(200, { 'content-length': 4 * MB, 'content-type': 'application/octet-stream' });
      if (req.method === 'HEAD') return res.end();
      const chunk = Buffer.alloc(64 * 1024, 7);
      let sent = 0;
      const tick = () => {
        if (sent >= 4 * MB) return res.end();
        res.write(chunk);
        sent += chunk.length;
        setTimeout(tick, slow ? 50 : 0);
      };
      tick();
    });
    // A killed process holds its jobs until their lease runs out: short here, 20 s by default.
    const bot = await h.start(SHORT_LEASE, 'kill9-a');
    const u = user(1301);
    h.api.sendText(u, `${h.web.url}/crashy`);
    await waitUntil(
      () => h.api.messagesTo(u.id).find((m) => /Downloading/.test(m.text ?? '')),
      15_000,
      'downloading',
    );
    await bot.kill9();
    expect(h.tmpEntries().length).toBe(1);
    slow = false;
    await h.start(SHORT_LEASE, 'kill9-b', bot.dataDir);
    const file = await h.waitForFile(u.id, 20_000);
    expect(file.file!.size).toBe(4 * MB);
    await h.expectTmpEmpty();
    expect(h.files(u.id)).toHaveLength(1);
  });

  it('tells the user when a job was interrupted twice', async () => {
    h.web.route('/forever', (req, res) => {
      res.writeHead(200, { 'content-length': 40 * MB });
      if (req.method === 'HEAD') return res.end();
      const t = setInterval(() => res.write(Buffer.alloc(1024)), 50);
      res.on('close', () => clearInterval(t));
    });
    const a = await h.start(SHORT_LEASE, 'twice-a');
    const u = user(1302);
    h.api.sendText(u, `${h.web.url}/forever`);
    await waitUntil(
      () => h.api.messagesTo(u.id).find((m) => /Downloading/.test(m.text ?? '')),
      15_000,
      'downloading',
    );
    await a.kill9();
    const b = await h.start(SHORT_LEASE, 'twice-b', a.dataDir);
    await waitUntil(
      () =>
        h.api.messagesTo(u.id).filter((m) => /Downloading/.test(m.text ?? '')).length >= 1 &&
        h.web.requests.filter((r) => r.path === '/forever' && r.method === 'GET').length >= 2,
      15_000,
      'second attempt',
    );
    await b.kill9();
    await h.start(SHORT_LEASE, 'twice-c', a.dataDir);
    await h.waitForText(u.id, /interrupted twice/);
    await h.expectTmpEmpty();
  });
});
