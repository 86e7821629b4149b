import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMp4 } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

/** A page with several clips, found by real yt-dlp, arrives as albums of at most 10. */
describe('several items behind one link', () => {
  let h: Harness;
  /** The real yt-dlp behind a wrapper that records each run's arguments. */
  const ytdlpLog = path.join(mkdtempSync(path.join(tmpdir(), 'albums-ytdlp-')), 'runs');
  const ytdlpRuns = () => readFileSync(ytdlpLog, 'utf8').split('\n').filter(Boolean);
  const page = (title: string, count: number, query: string) =>
    `<!doctype html><html><head><title>${title}</title></head><body>${Array.from(
      { length: count },
      (_, i) => `<video controls src="/files/clip-${i + 1}.mp4${query}"></video>`,
    ).join('')}</body></html>`;
  beforeAll(async () => {
    h = await createHarness();
    for (let i = 1; i <= 12; i++) h.web.addFile(`clip-${i}.mp4`, makeMp4(1, 160 + 16 * i, 120), 'video/mp4');
    // The clips of /three (~25 KB each) come at 16 KB/s: each takes longer than a status interval,
    // so the status has time to say which item is on its way, on a fast machine or a busy one.
    for (const [route, title, count, query] of [
      ['/three', 'Three clips', 3, '?rate=16000'],
      ['/three-again', 'Three clips', 3, ''],
      ['/twelve', 'Twelve clips', 12, ''],
      // Paced too: the test that cancels midway needs items still on their way.
      ['/twelve-slow', 'Twelve clips', 12, '?rate=16000'],
    ] as const)
      h.web.route(route, (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(title, count, query)),
      );
    const real = execFileSync('sh', ['-c', 'command -v yt-dlp'], { encoding: 'utf8' }).trim();
    const wrapper = path.join(path.dirname(ytdlpLog), 'yt-dlp');
    writeFileSync(ytdlpLog, '');
    writeFileSync(wrapper, `#!/bin/sh\necho "$*" >> '${ytdlpLog}'\nexec '${real}' "$@"\n`);
    chmodSync(wrapper, 0o755);
    await h.start({ DEFAULT_LANGUAGE: 'en', PLAYLIST_MAX_ITEMS: '50', YTDLP_PATH: wrapper }, 'albums');
  });
  afterAll(() => h.close());

  const albums = (chatId: number) =>
    h.api.calls.filter((c) => c.method === 'sendMediaGroup' && Number(c.params.chat_id) === chatId);
  const playable = (file: string) =>
    Number(
      execFileSync('ffprobe', [
        '-v',
        'error',
        '-show_entries',
        'format=duration',
        '-of',
        'csv=p=0',
        file,
      ]).toString(),
    );

  it('sends a page with 3 videos as one album of 3 playable videos, in one status message', async () => {
    const u = user(4401);
    const runsBefore = ytdlpRuns().length;
    h.api.sendText(u, `${h.web.url}/three`);
    await waitUntil(() => h.files(u.id).length === 3, 60_000, 'three videos');
    expect(albums(u.id)).toHaveLength(1);
    // The page is read once for all its items, not again for each; its clips are plain files
    // there, fetched as a browser would (the page as Referer) without a yt-dlp run each.
    expect(h.web.requests.filter((r) => r.method === 'GET' && r.path === '/three')).toHaveLength(1);
    expect(
      ytdlpRuns()
        .slice(runsBefore)
        .filter((args) => !args.includes('--version')),
    ).toEqual([expect.stringContaining(' -J ')]);
    const clips = h.web.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/files/clip-'));
    expect(clips.map((r) => r.referer)).toEqual(Array(3).fill(`${h.web.url}/three`));
    const videos = h.files(u.id);
    expect(videos.every((m) => m.method === 'sendVideo')).toBe(true);
    expect(new Set(videos.map((m) => m.params.media_group_id)).size).toBe(1);
    for (const v of videos) expect(playable(v.file!.path)).toBeGreaterThan(0.5);
    expect(videos[0]!.caption).toBeTruthy();
    const statuses = h.api.messagesTo(u.id).filter((m) => m.method === 'sendMessage' && !m.file);
    expect(statuses).toHaveLength(1);
    expect(
      h.api.calls.some((c) => c.method === 'editMessageText' && /Item \d of 3/.test(String(c.params.text))),
    ).toBe(true);
    await h.expectTmpEmpty();
  });

  it('answers the same page again at once from the file_id cache: one album, nothing fetched', async () => {
    const first = user(4406);
    h.api.sendText(first, `${h.web.url}/three-again`);
    await waitUntil(() => h.files(first.id).length === 3, 60_000, 'three videos');
    const fetched = () => h.web.requests.filter((r) => r.path.startsWith('/files/clip-')).length;
    const before = fetched();
    const u = user(4405);
    h.api.sendText(u, `${h.web.url}/three-again`);
    await waitUntil(() => h.files(u.id).length === 3, 30_000, 'three videos again');
    const [album] = albums(u.id);
    expect((album!.params.media as { media: string }[]).every((m) => m.media.startsWith('FILE_'))).toBe(true);
    expect(Object.keys(album!.files)).toEqual([]);
    expect(fetched()).toBe(before);
  });

  it('asks first about 12 items, then sends them all in albums of 10 and 2', async () => {
    const u = user(4402);
    h.api.sendText(u, `${h.web.url}/twelve`);
    const question = await h.waitForText(u.id, /This link has 12 items/, 60_000);
    expect(h.files(u.id)).toEqual([]);
    const buttons = question.reply_markup!.inline_keyboard!.map((row) => row[0]!);
    expect(buttons.map((b) => b.text)).toEqual(['Send all 12', 'Only the first 10', 'Cancel']);
    h.api.clickButton(u, question, buttons[0]!.callback_data!);
    await waitUntil(() => h.files(u.id).length === 12, 90_000, 'twelve videos');
    expect(albums(u.id).map((c) => (c.params.media as unknown[]).length)).toEqual([10, 2]);
  });

  it('sends nothing when the question is answered with Cancel, and stops the rest on Cancel midway', async () => {
    const u = user(4403);
    h.api.sendText(u, `${h.web.url}/twelve?a=1`);
    const question = await h.waitForText(u.id, /This link has 12 items/, 60_000);
    h.api.clickButton(u, question, question.reply_markup!.inline_keyboard![2]![0]!.callback_data!);
    await waitUntil(
      () => h.api.messagesTo(u.id).some((m) => /Nothing will be sent/.test(m.text ?? '')),
      10_000,
      'declined',
    );
    expect(h.files(u.id)).toEqual([]);

    const v = user(4404);
    h.api.sendText(v, `${h.web.url}/twelve-slow`);
    const q2 = await h.waitForText(v.id, /This link has 12 items/, 60_000);
    h.api.clickButton(v, q2, q2.reply_markup!.inline_keyboard![0]![0]!.callback_data!);
    const status = await waitUntil(
      () => h.api.messagesTo(v.id).find((m) => /Item [2-9] of 12/.test(m.text ?? '') && m.reply_markup),
      60_000,
      'a later item downloading',
    );
    h.api.clickButton(v, status, status.reply_markup!.inline_keyboard![0]![0]!.callback_data!);
    await h.waitForText(v.id, /Download cancelled/, 20_000);
    expect(h.files(v.id)).toEqual([]);
    expect(albums(v.id)).toEqual([]);
  });
});
