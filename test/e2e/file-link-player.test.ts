import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestChromium } from '../support/browser.js';
import { makeMp4 } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

describe('a file link played in a real browser', () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await createHarness();
    await h.start({}, 'file-link-player');
    browser = await launchTestChromium(['--autoplay-policy=no-user-gesture-required']);
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('plays the player page of a video sent to the bot, and seeks with a Range request', async () => {
    const u = user(5601);
    await h.api.sendDocument(u, makeMp4(30, 320, 240, 'player-30s.mp4', true), '');
    const reply = await waitUntil(
      () => h.api.messagesTo(u.id).find((m) => /\/w\//.test(m.text ?? '')),
      20_000,
      'the player link',
    );
    const player = reply.text!.match(/https?:\/\/\S+\/w\/[\w-]{22}/)![0];
    const page = await browser.newPage();
    const ranges: string[] = [];
    page.on('request', (r: Request) => {
      const range = r.headers().range;
      if (r.url().includes('/d/') && range) ranges.push(range);
    });
    await page.goto(player);
    const video = page.locator('video');
    await video.waitFor();
    await page.evaluate(() => {
      const v = document.querySelector('video')!;
      v.muted = true;
      return v.play();
    });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('video')!.currentTime), { timeout: 15_000 })
      .toBeGreaterThan(0.5);
    await page.evaluate(() => {
      document.querySelector('video')!.currentTime = 27;
    });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('video')!.currentTime), { timeout: 15_000 })
      .toBeGreaterThan(27);
    // The browser asked for a part of the file past its start.
    expect(
      ranges.some((r) => /^bytes=[1-9]\d*-/.test(r)),
      ranges.join(', '),
    ).toBe(true);
  });
});
