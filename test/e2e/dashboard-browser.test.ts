import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestChromium } from '../support/browser.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { type RunningBot, TEST_TOKEN, waitUntil } from '../support/spawn-bot.js';

const ADMIN = 9301;
const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts');

/** How many pixels of a canvas are drawn (not transparent). */
const drawnPixels = (id: string) => `(() => {
  const c = document.getElementById(${JSON.stringify(id)});
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++;
  return { n, width: c.width, height: c.height };
})()`;

describe('the admin dashboard in a real browser', () => {
  let h: Harness;
  let bot: RunningBot;
  let browser: Browser;
  beforeAll(async () => {
    h = await createHarness();
    bot = await h.start({ ADMIN_IDS: String(ADMIN) }, 'dashboard');
    browser = await launchTestChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  const loginLink = async (lang: string) => {
    const admin = user(ADMIN, lang);
    const links = () => h.api.messagesTo(ADMIN).filter((m) => /\/admin\?t=/.test(m.text ?? ''));
    const before = links().length;
    h.api.sendText(admin, '/dashboard');
    await waitUntil(() => links().length > before, 10_000, 'login link');
    const reply = links().at(-1)!;
    const url = reply.text!.match(/https?:\/\/\S+\/admin\?t=[\w-]+/)![0];
    expect(url.startsWith(`${bot.baseUrl}/admin?t=`)).toBe(true);
    return url;
  };

  it('signs in once with the link from /dashboard, draws the charts, and the link does not work twice', async () => {
    const u = user(4301);
    h.api.sendText(u, `${h.web.url}/gen?size=2000&name=d.bin`);
    await h.waitForFile(u.id);
    h.api.sendText(u, `${h.web.url}/missing`);
    await h.waitForText(u.id, /error 404/);

    const url = await loginLink('en');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForURL(`${bot.baseUrl}/admin`);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 15_000 });
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.title()).toBe('Pishtaz dashboard');
    // Top users, the queue and the traffic come from what just happened.
    await expect.poll(() => page.locator('#top-users').textContent()).toContain('User4301');
    expect(await page.locator('#traffic').textContent()).toMatch(/links received\s*2/);
    // The worker in this process reported itself, with its yt-dlp.
    expect(await page.locator('#workers').textContent()).toMatch(/all/);
    for (const id of ['hourly-chart', 'sites-chart']) {
      const drawn = (await page.evaluate(drawnPixels(id))) as { n: number; width: number; height: number };
      expect(drawn.width).toBeGreaterThan(100);
      expect(drawn.n, id).toBeGreaterThan(500);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    const headers = (await page.request.get(`${bot.baseUrl}/admin`)).headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(headers['cache-control']).toBe('no-store');
    const cookie = (await context.cookies()).find((c) => c.name === 'pishtaz_admin');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin' });
    expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);
    // Nothing secret in what the page loads.
    const data = await (await page.request.get(`${bot.baseUrl}/admin/data.json`)).text();
    expect(data).not.toContain(TEST_TOKEN);
    expect(data).not.toContain(h.web.url);

    // The same link again, in a fresh browser: refused, no session.
    const other = await browser.newContext();
    const second = await other.newPage();
    const res = await second.goto(url);
    expect(res?.status()).toBe(403);
    expect(await second.locator('#notice').textContent()).toMatch(/used already or has expired/);
    expect((await other.cookies()).some((c) => c.name === 'pishtaz_admin')).toBe(false);
    await other.close();
    await context.close();
  });

  it('is right to left in Persian', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(await loginLink('fa'));
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 15_000 });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('fa');
    expect(await page.title()).toBe('داشبورد پیشتاز');
    await context.close();
  });

  it('without a session, redirects to a notice and gives no data', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${bot.baseUrl}/admin`);
    expect(page.url()).toBe(`${bot.baseUrl}/admin/notice`);
    expect(await page.locator('#notice').textContent()).toMatch(/به ربات \/dashboard بفرستید/);
    const forged = await fetch(`${bot.baseUrl}/admin/data.json`, {
      headers: { cookie: 'pishtaz_admin=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(forged.status).toBe(401);
    expect(await forged.text()).not.toContain('User');
    await context.close();
  });

  it('refuses /dashboard to anyone not in ADMIN_IDS', async () => {
    const someone = user(4302);
    h.api.sendText(someone, '/dashboard');
    await h.waitForText(someone.id, /for the bot's admins only/);
    expect(h.api.messagesTo(someone.id).some((m) => /admin\?t=/.test(m.text ?? ''))).toBe(false);
  });
});
