import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePng } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

// No lam-alef (لا) in it: pdftotext splits that ligature, whatever the renderer does.
const SENTENCE = 'این یک آزمایش فارسی است';
/** The bot's Chromium is the one pointed at a guard proxy; the sandbox test's browser is not. */
const chromiumProcesses = () =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => /chrom/i.test(l) && l.includes('--proxy-server=http://127.0.0.1'));

describe('/pdf', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    h.web.addFile('pic.png', makePng(), 'image/png');
    h.web.route('/fa', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>صفحهٔ آزمایشی</title></head><body style="font-size:28px"><h1>${SENTENCE}</h1><img src="/files/pic.png"></body></html>`,
        ),
    );
  });
  afterEach(() => h.close());

  it('renders a Persian page with an image into a PDF with real text and a non-blank first page', async () => {
    const hostTmp = mkdtempSync(path.join(tmpdir(), 'pdf-host-tmp-'));
    await h.start({ PDF_BROWSER_IDLE_SECONDS: '1', TMPDIR: hostTmp }, 'pdf-fa');
    const u = user(7001);
    h.api.sendText(u, `/pdf ${h.web.url}/fa`);
    const msg = await h.waitForFile(u.id, 60_000);
    expect(msg.method).toBe('sendDocument');
    expect(msg.file!.filename).toBe('صفحهٔ آزمایشی.pdf');
    expect(msg.caption).toContain(`${h.web.url}/fa`);
    const text = execFileSync('pdftotext', ['-layout', msg.file!.path, '-'], { encoding: 'utf8' });
    const plain = text.replace(/[\u202a-\u202e\u200e\u200f]/g, '').replace(/\s+/g, ' ');
    expect(plain).toContain(SENTENCE);
    const pgm = path.join(tmpdir(), `pdf-${process.pid}`);
    execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', '1', '-l', '1', msg.file!.path, pgm]);
    const page = readFileSync(`${pgm}-1.pgm`);
    const dark = page.subarray(20).filter((b) => b < 200).length;
    expect(dark).toBeGreaterThan(100);
    expect(h.web.requests.some((r) => r.path === '/files/pic.png')).toBe(true);
    // Stopped while its idle browser is closing, the bot still leaves nothing in /tmp.
    await h.bot!.waitForLog(/Chromium closed after being idle/);
    await h.bot!.stop();
    expect(readdirSync(hostTmp)).toEqual([]);
  });

  it('keeps the network guard inside the browser: a blocked subresource is never fetched', async () => {
    const port = h.web.port;
    h.web.route('/leaky', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<html><head><title>Leaky</title></head><body><p>hello</p><img src="http://127.0.0.2:${port}/secret-img"><img src="http://localhost:${port}/secret-local"><iframe src="http://169.254.169.254/latest/"></iframe><script>fetch('http://127.0.0.2:${port}/secret-fetch').catch(()=>{});</script></body></html>`,
        ),
    );
    // The host's temp folder, to see what the bot and its browser leave there.
    const hostTmp = mkdtempSync(path.join(tmpdir(), 'pdf-host-tmp-'));
    await h.start(
      { ALLOW_PRIVATE_NETWORK: 'false', NETWORK_ALLOWLIST: '127.0.0.1', TMPDIR: hostTmp },
      'pdf-guard',
    );
    const u = user(7002);
    h.api.sendText(u, `/pdf ${h.web.url}/leaky`);
    await h.waitForFile(u.id, 60_000);
    expect(h.web.requests.filter((r) => r.path.startsWith('/secret'))).toEqual([]);
    expect(h.web.requests.some((r) => r.path === '/leaky')).toBe(true);
    // Stopped with its browser still open, the bot leaves nothing behind, in /tmp or its data.
    await h.bot!.stop();
    expect(readdirSync(hostTmp)).toEqual([]);
    expect(readdirSync(path.join(h.bot!.dataDir, 'browser'))).toEqual([]);
  });

  it('bounds an endlessly growing page and one that never finishes loading, and closes the browser when idle', async () => {
    h.web.route('/grow', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<html><head><title>Grow</title></head><body><script>setInterval(()=>{for(let i=0;i<50;i++){const p=document.createElement('p');p.textContent='more '+Date.now();document.body.append(p);}},20)</script></body></html>`,
        ),
    );
    h.web.route('/never', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><head><title>Never</title></head><body><p>partial page</p>');
    });
    // The never-ending page is given up after 5 s here (30 s by default).
    await h.start({ PDF_BROWSER_IDLE_SECONDS: '1', PDF_NAVIGATION_TIMEOUT_SECONDS: '5' }, 'pdf-bounds');
    const u = user(7003);
    const t0 = Date.now();
    h.api.sendText(u, `/pdf ${h.web.url}/grow`);
    await h.waitForFile(u.id, 60_000);
    h.api.sendText(u, `/pdf ${h.web.url}/never`);
    await waitUntil(
      () =>
        h.files(u.id).length === 2 || h.api.messagesTo(u.id).find((m) => /took too long/.test(m.text ?? '')),
      120_000,
      'second outcome',
    );
    expect(Date.now() - t0).toBeLessThan(120_000);
    await waitUntil(() => chromiumProcesses().length === 0, 10_000, 'browser closed after idle');
  });

  it('runs one PDF at a time: the second user waits with a queue position, both delivered', async () => {
    await h.start({ PDF_CONCURRENCY: '1', MAX_CONCURRENT_JOBS: '3' }, 'pdf-queue');
    const a = user(7004);
    const b = user(7005);
    h.api.sendText(a, `/pdf ${h.web.url}/fa`);
    h.api.sendText(b, `/pdf ${h.web.url}/fa?b`);
    await waitUntil(
      () => h.api.messages.some((m) => m.chat.id === b.id && /position 1/.test(m.text ?? '')),
      20_000,
      'queue position',
    );
    await h.waitForFile(a.id, 60_000);
    await h.waitForFile(b.id, 60_000);
  });

  it('cancel during rendering sends no PDF', async () => {
    h.web.route('/slowpage', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><head><title>Slow</title></head><body>');
      setTimeout(() => res.end('</body></html>'), 20_000);
    });
    await h.start({}, 'pdf-cancel');
    const u = user(7006);
    h.api.sendText(u, `/pdf ${h.web.url}/slowpage`);
    const status = await waitUntil(
      () => h.api.messagesTo(u.id).find((m) => /Rendering/.test(m.text ?? '')),
      30_000,
      'rendering',
    );
    h.api.clickButton(u, status, status.reply_markup!.inline_keyboard![0]![0]!.callback_data!);
    await h.waitForText(u.id, /Download cancelled/, 10_000);
    // The job has ended and cleaned up (nothing left that could still send).
    await h.expectTmpEmpty();
    expect(h.files(u.id)).toEqual([]);
  });

  it('answers that PDF is unavailable without Chromium', async () => {
    await h.start({ CHROMIUM_PATH: '/nonexistent/chromium' }, 'pdf-missing');
    const u = user(7007);
    h.api.sendText(u, `/pdf ${h.web.url}/fa`);
    await h.waitForText(u.id, /PDF rendering is not available/);
    expect(JSON.stringify((await h.bot!.health()).body.checks)).toContain('"chromium"');
  });
});
