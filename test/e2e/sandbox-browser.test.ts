import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/sandbox.js';
import { launchTestChromium } from '../support/browser.js';
import { makeMp4, sha256File } from '../support/media.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts');

describe('the sandbox in a real browser', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let browser: Browser;
  beforeAll(async () => {
    sandbox = await startSandbox();
    browser = await launchTestChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('shows /start, the progress of a sample video and the delivered video', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(sandbox.url);
    await page.fill('#text', '/start');
    await page.click('form button');
    await page.getByText('Hello Sandbox').waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: 'mp4 video' }).click();
    await page
      .locator('.msg.bot', { hasText: /In the queue|Starting|Checking|Downloading|Sending/ })
      .first()
      .waitFor({ timeout: 15_000 });
    const video = page.locator('.msg.bot video');
    await video.waitFor({ timeout: 30_000 });
    const src = await video.getAttribute('src');
    const res = await page.request.get(`${sandbox.url}${src}`);
    expect(res.status()).toBe(200);
    expect(Number(res.headers()['content-length'])).toBeGreaterThan(10_000);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'sandbox.png'), fullPage: true });

    const edits = sandbox.api.calls
      .filter((c) => c.method === 'editMessageText')
      .map((c) => String(c.params.text));
    expect(edits.some((t) => /Checking|Downloading|Sending/.test(t))).toBe(true);
  });

  it('shows a post with three clips as an album and a picture as a photo, in the group view too', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(sandbox.url);
    await page.getByRole('button', { name: 'picture' }).click();
    await page.locator('.msg.bot img').first().waitFor({ timeout: 30_000 });
    await page.selectOption('#chat-kind', 'group');
    await page.getByRole('button', { name: 'post with three clips (album)' }).click();
    await page.locator('.msg.user', { hasText: '/dl ' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator('.msg.bot video').count(), { timeout: 60_000 }).toBe(3);
    const album = sandbox.api.calls.filter((c) => c.method === 'sendMediaGroup');
    expect(album).toHaveLength(1);
    expect(Number(album[0]!.params.chat_id)).toBeLessThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'sandbox-group.png'), fullPage: true });
  });

  it('turns a file from the upload box into a link that downloads, and a video into a player page that plays', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(sandbox.url);
    const video = makeMp4(6, 320, 240, 'sandbox-upload.mp4');
    await page.setInputFiles('#upload', video);
    const player = page.locator('.msg.bot a', { hasText: '/w/' });
    await player.waitFor({ timeout: 20_000 });
    const download = await page.locator('.msg.bot a', { hasText: '/d/' }).last().getAttribute('href');
    const res = await page.request.get(download!);
    expect(res.status()).toBe(200);
    expect(sha256(await res.body())).toBe(sha256File(video));
    const [tab] = await Promise.all([page.context().waitForEvent('page'), player.last().click()]);
    await tab.locator('video').waitFor();
    await tab.evaluate(() => {
      const v = document.querySelector('video')!;
      v.muted = true;
      return v.play();
    });
    await expect
      .poll(() => tab.evaluate(() => document.querySelector('video')!.currentTime), { timeout: 15_000 })
      .toBeGreaterThan(0.3);
    await page.screenshot({ path: path.join(ARTIFACTS, 'sandbox-file-link.png'), fullPage: true });
  });

  it('marks the samples that need a tool this machine lacks, and the bot answers them with what is missing', async () => {
    const bare = await startSandbox({ env: { YTDLP_PATH: '/nonexistent/yt-dlp' } });
    try {
      const samples = (await (await fetch(`${bare.url}/api/samples`)).json()) as {
        label: string;
        missing: string[];
      }[];
      expect(samples.find((s) => s.label === 'page with a video')?.missing).toEqual(['yt-dlp']);
      expect(samples.find((s) => s.label === 'mp4 video')?.missing).toEqual([]);
      const page = await browser.newPage();
      await page.goto(bare.url);
      await page.getByRole('button', { name: 'page with a video · needs yt-dlp' }).click();
      await page.getByText(/Video sites are not available/).waitFor({ timeout: 30_000 });
      await page.close();
    } finally {
      await bare.close();
    }
    // Here every tool is installed: nothing is marked.
    const here = (await (await fetch(`${sandbox.url}/api/samples`)).json()) as { missing: string[] }[];
    expect(here.every((s) => s.missing.length === 0)).toBe(true);
  });
});
