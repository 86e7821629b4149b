import { randomInt } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ContentServer, startContentServer } from '../support/content-server.js';
import { startForwardProxy } from '../support/forward-proxy.js';
import { makeJpeg, makePng, sha256File } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

/**
 * Debian's gallery-dl (1.25) drops a URL's port in its generic extractor, so the gallery's links
 * are on port 80 of a loopback address of its own (127.x.y.z). Nothing binds that port: the bot
 * runs with the operator's proxy (PROXY_URL with ALLOW_DOWNLOAD_VIA_PROXY), a test proxy that
 * sends that address's port 80 to the gallery's real port. So every fetch here also passes the
 * guard proxy first and then the operator's proxy.
 */
describe('gallery pages through gallery-dl', () => {
  let h: Harness;
  let gallery: ContentServer;
  let proxy: Awaited<ReturnType<typeof startForwardProxy>>;
  let site: string;
  let env: Record<string, string>;
  /** A gallery file's link as the page gives it: on port 80 of the gallery's own address. */
  const onSite = (url: string) => url.replace(gallery.url, site);
  beforeEach(async () => {
    h = await createHarness();
    gallery = await startContentServer();
    const address = `127.${randomInt(1, 250)}.${randomInt(1, 250)}.${randomInt(2, 250)}`;
    site = `http://${address}`;
    proxy = await startForwardProxy((host, port) =>
      host === address && port === 80 ? { host: '127.0.0.1', port: gallery.port } : { host, port },
    );
    env = { PROXY_URL: proxy.url, ALLOW_DOWNLOAD_VIA_PROXY: 'true' };
  });
  afterEach(async () => {
    await h.close();
    await gallery.close();
    await proxy.close();
  });

  it('sends the pictures of a page where yt-dlp finds no media as one album of photos', async () => {
    const pics = [makePng(), makeJpeg(), makePng()];
    const urls = pics.map((p, i) =>
      onSite(gallery.addFile(`pic-${i + 1}${p.slice(-4)}`, p, i === 1 ? 'image/jpeg' : 'image/png')),
    );
    gallery.route('/post', (_q, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><html><head><title>A post</title></head><body>${urls.map((u) => `<img src="${u}">`).join('')}</body></html>`,
        ),
    );
    await h.start(env, 'gallery');
    const u = user(1851);
    h.api.sendText(u, `${site}/post`);
    await waitUntil(() => h.files(u.id).length === 3, 40_000, 'three pictures');
    const photos = h.files(u.id);
    expect(
      h.api.calls.filter((c) => c.method === 'sendMediaGroup' && Number(c.params.chat_id) === u.id),
    ).toHaveLength(1);
    expect(photos.every((m) => m.method === 'sendPhoto')).toBe(true);
    expect(new Set(photos.map((m) => m.params.media_group_id)).size).toBe(1);
    expect(photos.map((m) => m.file!.sha256).sort()).toEqual(pics.map(sha256File).sort());
    // Every picture came through the guard proxy and then the operator's proxy.
    expect(gallery.requests.filter((r) => r.path.startsWith('/files/')).length).toBeGreaterThanOrEqual(3);
    for (const url of urls) expect(proxy.asked).toContain(url);
    await h.expectTmpEmpty();
  });

  it('asks first about a gallery of 12, then fetches and sends only the first 10 of the page when told so', async () => {
    const png = makePng();
    const urls = Array.from({ length: 12 }, (_, i) =>
      onSite(gallery.addFile(`shot-${i + 1}.png`, png, 'image/png')),
    );
    gallery.route('/twelve', (_q, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<html><body>${urls.map((u) => `<img src="${u}">`).join('')}</body></html>`),
    );
    await h.start({ ...env, DEFAULT_LANGUAGE: 'en' }, 'gallery-twelve');
    const u = user(1852);
    h.api.sendText(u, `${site}/twelve`);
    const question = await h.waitForText(u.id, /This link has 12 items/, 40_000);
    expect(h.files(u.id)).toHaveLength(0);
    expect(gallery.requests.some((r) => r.path.startsWith('/files/'))).toBe(false);
    h.api.clickButton(u, question, question.reply_markup!.inline_keyboard![1]![0]!.callback_data!);
    await waitUntil(() => h.files(u.id).length === 10, 40_000, 'ten pictures');
    expect(
      h.api.calls.filter((c) => c.method === 'sendMediaGroup' && Number(c.params.chat_id) === u.id),
    ).toHaveLength(1);
    const fetched = gallery.requests.filter((r) => r.path.startsWith('/files/')).map((r) => r.path);
    expect(fetched).toEqual(urls.slice(0, 10).map((x) => new URL(x).pathname));
    await h.expectTmpEmpty();
  });
});
