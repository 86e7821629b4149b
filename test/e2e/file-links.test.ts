import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { type RunningBot, waitUntil } from '../support/spawn-bot.js';

const dir = mkdtempSync(path.join(tmpdir(), 'file-links-'));
const fileOf = (name: string, bytes: number) => {
  const p = path.join(dir, name);
  writeFileSync(p, randomBytes(bytes));
  return p;
};
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Sends a file as the user and returns the link the bot answers with. */
async function linkFor(h: Harness, u: ReturnType<typeof user>, file: string) {
  const before = h.api.messagesTo(u.id).length;
  await h.api.sendDocument(u, file, '');
  const reply = await waitUntil(
    () =>
      h.api
        .messagesTo(u.id)
        .slice(before)
        .find((m) => m.method === 'sendMessage'),
    20_000,
    'the answer to a file',
  );
  return { reply, url: reply.text?.match(/https?:\/\/\S+\/d\/\S+/)?.[0] };
}

describe('file to link (Bot API double, getFile up to 20 MB)', () => {
  let h: Harness;
  let bot: RunningBot;
  const u = user(5501);
  beforeAll(async () => {
    h = await createHarness();
    bot = await h.start({ LINK_TTL_HOURS: '168', ADMIN_IDS: '5509' }, 'file-links');
  });
  afterAll(() => h.close());

  it('answers a 5 MB file with a Persian name with a link that serves it whole, by range, in parallel, and HEAD', async () => {
    const file = fileOf('گزارش سالانه ۱۴۰۵.bin', 5 * 1024 * 1024);
    const original = readFileSync(file);
    const { reply, url } = await linkFor(h, u, file);
    expect(url, reply.text).toBeDefined();
    expect(url!.startsWith(`${bot.baseUrl}/d/`)).toBe(true);
    expect(reply.text).toContain('گزارش سالانه ۱۴۰۵.bin');
    expect(reply.text).toMatch(/\(5(\.0)? MB\)/);
    // The Telegram file id is nowhere in the link.
    const fileId = String(h.api.calls.find((c) => c.method === 'getFile')?.params.file_id ?? 'FILE_');
    expect(url).not.toContain('FILE_');
    expect(url).not.toContain(fileId);

    const whole = await fetch(url!);
    expect(whole.status).toBe(200);
    expect(sha(new Uint8Array(await whole.arrayBuffer()))).toBe(sha(original));
    const disposition = whole.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment;/);
    expect(decodeURIComponent(disposition.match(/filename\*=UTF-8''(.+)$/)![1]!)).toBe(
      'گزارش سالانه ۱۴۰۵.bin',
    );
    const etag = whole.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);

    const part = await fetch(url!, { headers: { range: 'bytes=1000-1999' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${original.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(original.subarray(1000, 2000))).toBe(true);

    const head = await fetch(url!, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(original.length));
    expect(head.headers.get('accept-ranges')).toBe('bytes');

    // A download manager: eight ranges at once, reassembled.
    const size = original.length;
    const step = Math.ceil(size / 8);
    const parts = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const res = await fetch(url!, {
          headers: { range: `bytes=${i * step}-${Math.min(size, (i + 1) * step) - 1}`, 'if-range': etag! },
        });
        expect(res.status).toBe(206);
        return Buffer.from(await res.arrayBuffer());
      }),
    );
    expect(sha(Buffer.concat(parts))).toBe(sha(original));

    // Past the end: 416 with the size, and no bytes.
    const past = await fetch(url!, { headers: { range: `bytes=${size}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${size}`);

    // What was served (the file twice, and 1000 bytes) is in the admins' /stats.
    const admin = user(5509);
    let statsText = '';
    for (
      let attempt = 0;
      attempt < 10 && !/File links served today \(UTC\): 10(\.0)? MB/.test(statsText);
      attempt++
    ) {
      const before = h.api.messagesTo(admin.id).length;
      h.api.sendText(admin, '/stats');
      statsText =
        (
          await waitUntil(
            () =>
              h.api
                .messagesTo(admin.id)
                .slice(before)
                .find((m) => /Stats/.test(m.text ?? '')),
            10_000,
            '/stats',
          )
        ).text ?? '';
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(statsText).toMatch(/File links served today \(UTC\): 10(\.0)? MB/);
  });

  it('serves nothing for a link with one character changed, and stops serving once revoked with /links', async () => {
    const file = fileOf('revoke-me.bin', 100_000);
    const { url } = await linkFor(h, u, file);
    const id = url!.match(/\/d\/([\w-]{22})\//)![1]!;
    const changed = url!.replace(id, (id[0] === 'A' ? 'B' : 'A') + id.slice(1));
    const wrong = await fetch(changed);
    expect(wrong.status).toBe(404);
    expect((await wrong.text()).length).toBeLessThan(2000);
    const base = new URL(url!).origin;
    for (const hostile of [`/d/${'A'.repeat(5000)}/x`, '/d/..%2F..%2Fetc%2Fpasswd/x', '/w/x', `/w/${id}x`])
      expect((await fetch(base + hostile)).status, hostile).toBe(404);

    h.api.sendText(u, '/links');
    const list = await h.waitForText(u.id, /Your file links/);
    expect(list.text).toContain('revoke-me.bin');
    const buttons = list.reply_markup!.inline_keyboard!.flat();
    const revoke = buttons.find((b) => b.callback_data?.startsWith(`fr:${id}:`));
    expect(revoke).toBeDefined();
    h.api.clickButton(u, list, revoke!.callback_data!);
    await waitUntil(() => !list.text?.includes('revoke-me.bin'), 10_000, 'the list without the revoked link');
    const gone = await fetch(url!, { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(gone.status).toBe(410);
    expect(await gone.text()).toMatch(/no longer works/);
    // HEAD gives nothing either.
    expect((await fetch(url!, { method: 'HEAD' })).status).toBe(410);
  });

  it('/link in a group, in reply to a message with a file, answers there with a link to that file', async () => {
    const group = { id: -100_550, title: 'Links group' };
    h.api.sendGroupText(u, group, `/dl ${h.web.url}/gen?size=70000&name=for-the-group.bin`);
    const posted = await waitUntil(
      () => h.api.messagesTo(group.id).find((m) => m.file),
      20_000,
      'the file in the group',
    );
    h.api.sendGroupText(u, group, '/link', { replyTo: posted });
    const answer = await waitUntil(
      () => h.api.messagesTo(group.id).find((m) => /\/d\//.test(m.text ?? '')),
      10_000,
      'the link in the group',
    );
    expect(answer.params.reply_parameters).toMatchObject({ message_id: posted.message_id });
    const res = await fetch(answer.text!.match(/https?:\/\/\S+\/d\/\S+/)![0]);
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(70000);
    // /link without a file to point at says how to use it (in the group's language: the default, fa).
    h.api.sendGroupText(u, group, '/link');
    await waitUntil(
      () =>
        h.api.messagesTo(group.id).find((m) => /^\/link را در پاسخ به پیامی که فایل دارد/.test(m.text ?? '')),
      10_000,
      'the usage',
    );
  });

  it('refuses a 30 MB file at once, naming 20 MB and how the operator lifts it', async () => {
    const file = fileOf('big.bin', 30 * 1024 * 1024);
    const calls = h.api.calls.length;
    const { reply, url } = await linkFor(h, u, file);
    expect(url).toBeUndefined();
    expect(reply.text).toMatch(/up to 20(\.0)? MB/);
    expect(reply.text).toMatch(/BOT_API_LOCAL/);
    expect(h.api.calls.slice(calls).some((c) => c.method === 'getFile')).toBe(false);
  });
});

describe('file links that expire, and a local Bot API server', () => {
  let h: Harness;
  afterAll(() => h?.close());

  it('an expired link serves nothing; with a local Bot API server a 60 MB file is served', async () => {
    h = await createHarness({ local: true });
    await h.start({ BOT_API_LOCAL: 'true', LINK_TTL_HOURS: '0.0005' }, 'file-links-local');
    const u = user(5502);
    const big = fileOf('large.bin', 60 * 1024 * 1024);
    const { url } = await linkFor(h, u, big);
    expect(url).toBeDefined();
    const res = await fetch(url!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(60 * 1024 * 1024));
    expect(sha(new Uint8Array(await res.arrayBuffer()))).toBe(sha(readFileSync(big)));
    // LINK_TTL_HOURS=0.0005: 1.8 s.
    await new Promise((r) => setTimeout(r, 2000));
    const expired = await fetch(url!);
    expect(expired.status).toBe(410);
    expect(Number((await expired.arrayBuffer()).byteLength)).toBeLessThan(2000);
  });
});

describe('file link limits', () => {
  let h: Harness;
  afterAll(() => h?.close());

  it('holds LINKS_PER_DAY, LINK_GB_PER_DAY and 16 connections an address; a banned user’s links stop', async () => {
    h = await createHarness();
    // 0.0001 GB: about 107 KB a day.
    await h.start({ LINKS_PER_DAY: '2', LINK_GB_PER_DAY: '0.0001', ADMIN_IDS: '5590' }, 'file-links-limits');
    const en = { 'accept-language': 'en' };
    const u = user(5591);
    const first = await linkFor(h, u, fileOf('first.bin', 80_000));
    await linkFor(h, u, fileOf('second.bin', 1000));
    const third = await linkFor(h, u, fileOf('third.bin', 1000));
    expect(third.url).toBeUndefined();
    expect(third.reply.text).toMatch(/You can make 2 file links a day/);

    for (let i = 0; i < 2; i++) {
      const r = await fetch(first.url!);
      expect(r.status).toBe(200);
      expect((await r.arrayBuffer()).byteLength).toBe(80_000);
    }
    // 160 KB served now, past the day's 107 KB (recorded as each response ends).
    const over = await waitUntil(
      async () => {
        const r = await fetch(first.url!, { headers: en });
        if (r.status === 429) return r;
        await r.arrayBuffer();
      },
      5000,
      'the daily limit',
    );
    expect(await over.text()).toMatch(/daily allowance/);

    // An admin's link: no daily limit, but one address holds at most 16 connections at once.
    const admin = user(5590);
    const big = await linkFor(h, admin, fileOf('admin-big.bin', 19 * 1024 * 1024));
    // Sixteen clients that ask and then read nothing: their responses stall, the connections stay.
    const target = new URL(big.url!);
    let answered = 0;
    const held = Array.from({ length: 16 }, () => {
      const socket = connect(Number(target.port), target.hostname);
      socket.write(`GET ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\n\r\n`);
      // 'readable', not 'data': nothing is read, so each response stalls and holds its connection.
      socket.once('readable', () => answered++);
      socket.on('error', () => {});
      return socket;
    });
    // Each is being served (its download counted) once its answer has begun.
    await waitUntil(() => answered === 16, 15_000, 'the sixteen downloads to begin');
    const seventeenth = await fetch(big.url!, { headers: en });
    expect(seventeenth.status).toBe(429);
    expect(await seventeenth.text()).toMatch(/Too many downloads/);
    for (const socket of held) socket.destroy();
    await waitUntil(async () => (await fetch(big.url!, { method: 'HEAD' })).status === 200, 5000, 'HEAD');
    await waitUntil(
      async () => {
        const r = await fetch(big.url!, { headers: { range: 'bytes=0-9' } });
        await r.arrayBuffer();
        return r.status === 206;
      },
      5000,
      'a connection again once the 16 closed',
    );

    // A banned user's links stop serving.
    const second = h.api.messagesTo(u.id).find((m) => /second\.bin/.test(m.text ?? ''))!;
    const secondUrl = second.text!.match(/https?:\/\/\S+\/d\/\S+/)![0];
    h.api.sendText(admin, `/ban ${u.id}`);
    await h.waitForText(admin.id, /banned/);
    expect((await fetch(secondUrl)).status).toBe(410);
  });
});
