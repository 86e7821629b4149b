import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeYtdlp } from '../support/fake-ytdlp.js';
import { makeMp4, videoPage } from '../support/media.js';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

const ADMIN = 9401;
const ASSET = 'yt-dlp_linux';

/** yt-dlp's release page as the bot sees it: a binary, its SHA2-256SUMS and their signature. */
function releaseDouble(h: Harness) {
  const served: { binary: Buffer; sums: string; sig: Uint8Array | undefined } = {
    binary: Buffer.alloc(0),
    sums: '',
    sig: undefined,
  };
  h.web.route('/rel/SHA2-256SUMS', (_q, res) => res.writeHead(200).end(served.sums));
  h.web.route('/rel/SHA2-256SUMS.sig', (_q, res) =>
    served.sig ? res.writeHead(200).end(Buffer.from(served.sig)) : res.writeHead(404).end(),
  );
  h.web.route(`/rel/${ASSET}`, (_q, res) => res.writeHead(200).end(served.binary));
  return served;
}

async function sign(text: string, key: openpgp.PrivateKey): Promise<Uint8Array> {
  const message = await openpgp.createMessage({ binary: Buffer.from(text) });
  return openpgp.sign({ message, signingKeys: key, detached: true, format: 'binary' }) as Promise<Uint8Array>;
}

const sumsFor = (binary: Buffer) =>
  `${createHash('sha256').update('other').digest('hex')}  yt-dlp.exe\n${createHash('sha256').update(binary).digest('hex')}  ${ASSET}\n`;

describe('a yt-dlp that stays current', () => {
  let h: Harness;
  let releaseKey: openpgp.PrivateKey;
  let otherKey: openpgp.PrivateKey;
  let keyFile: string;
  beforeAll(async () => {
    h = await createHarness();
    const made = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 'release' }],
      format: 'object',
    });
    releaseKey = made.privateKey;
    otherKey = (
      await openpgp.generateKey({
        type: 'ecc',
        curve: 'curve25519Legacy',
        userIDs: [{ name: 'mallory' }],
        format: 'object',
      })
    ).privateKey;
    keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'release-key-')), 'key.asc');
    writeFileSync(keyFile, made.publicKey.armor());
  });
  afterAll(() => h.close());

  it('installs a verified release on /ytdlp update, keeps it through a bad checksum, a broken binary and a foreign signature', async () => {
    const served = releaseDouble(h);
    const mp4 = makeMp4(3, 320, 240);
    const good = fakeYtdlp({ version: '2026.11.30', mp4 });
    served.binary = readFileSync(good.path);
    served.sums = sumsFor(served.binary);
    served.sig = await sign(served.sums, releaseKey);
    await h.start(
      {
        ADMIN_IDS: String(ADMIN),
        YTDLP_RELEASE_URL: `${h.web.url}/rel`,
        YTDLP_RELEASE_ASSET: ASSET,
        YTDLP_RELEASE_KEY: keyFile,
      },
      'ytdlp-update',
    );
    const admin = user(ADMIN);
    const ytdlpDetail = async () =>
      (await h.bot!.health()).body.checks?.['yt-dlp'] as { detail: Record<string, unknown> };
    expect((await ytdlpDetail()).detail).toMatchObject({ source: 'system' });

    /** Sends an admin command and waits for a new reply matching `re`. */
    const command = async (text: string, re: RegExp) => {
      const hits = () => h.api.messagesTo(ADMIN).filter((m) => re.test(m.text ?? ''));
      const before = hits().length;
      h.api.sendText(admin, text);
      return waitUntil(() => hits()[before], 30_000, `${re}`);
    };

    await command('/ytdlp update', /yt-dlp 2026\.11\.30 is installed and in use/);
    expect((await ytdlpDetail()).detail).toMatchObject({ version: '2026.11.30', source: 'managed' });

    // A new release whose binary does not match its SHA2-256SUMS.
    served.sums = sumsFor(readFileSync(fakeYtdlp({ version: '2026.12.01', mp4 }).path));
    served.sig = await sign(served.sums, releaseKey);
    served.binary = readFileSync(fakeYtdlp({ version: '2026.12.02', mp4 }).path);
    await command('/ytdlp update', /was not updated \(checksum/);
    // A binary that matches and is signed, but fails --version.
    served.binary = readFileSync(fakeYtdlp({ version: '2026.12.01', mp4, failVersion: true }).path);
    served.sums = sumsFor(served.binary);
    served.sig = await sign(served.sums, releaseKey);
    await command('/ytdlp update', /was not updated \(broken/);
    // A good binary whose sums are signed by someone else.
    served.binary = readFileSync(fakeYtdlp({ version: '2026.12.01', mp4 }).path);
    served.sums = sumsFor(served.binary);
    served.sig = await sign(served.sums, otherKey);
    await command('/ytdlp update', /was not updated \(signature/);
    // A newer release with a checksum file and no signature at all: refused, and the admins hear
    // of the signature trouble without asking (once per reason per 12 h: here the foreign one).
    const unsigned = fakeYtdlp({ version: '2026.12.05', mp4 });
    served.binary = readFileSync(unsigned.path);
    served.sums = sumsFor(served.binary);
    served.sig = undefined;
    await command('/ytdlp update', /was not updated \(signature: the release has no signature/);
    await waitUntil(
      () =>
        h.api
          .messagesTo(ADMIN)
          .find((m) => /A yt-dlp release was not installed or not run: .*sign/.test(m.text ?? '')),
      10_000,
      'the admin notice',
    );
    expect((await ytdlpDetail()).detail).toMatchObject({ version: '2026.11.30', source: 'managed' });
    const status = await command('/ytdlp', /yt-dlp 2026\.11\.30 \(managed/);
    expect(status.text).toContain('signature');

    // Jobs run on the installed release.
    h.web.route('/watch', (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(videoPage('x', '/none.mp4')),
    );
    const u = user(1801);
    h.api.sendText(u, `${h.web.url}/watch?v=1`);
    await h.waitForFile(u.id, 30_000);
    expect(good.runs().some((args) => args.includes('-J'))).toBe(true);
  });

  it("starts an update when a site's extractor fails like an outdated yt-dlp", async () => {
    await h.bot?.stop();
    const served = releaseDouble(h);
    const mp4 = makeMp4(3, 320, 240);
    // The host's yt-dlp (first on PATH) is old and broken for the site; the release is not up yet.
    const hostYtdlp = fakeYtdlp({ version: '2025.01.01', mp4 });
    served.sums = '';
    await h.start(
      {
        ADMIN_IDS: String(ADMIN),
        PATH: `${path.dirname(hostYtdlp.path)}:${process.env.PATH}`,
        YTDLP_UPDATE_HOURS: '1000',
        YTDLP_RELEASE_URL: `${h.web.url}/rel/missing`,
        YTDLP_RELEASE_ASSET: ASSET,
        YTDLP_RELEASE_KEY: keyFile,
      },
      'ytdlp-broken',
    );
    const detail = async () =>
      ((await h.bot!.health()).body.checks?.['yt-dlp'] as { detail: Record<string, unknown> } | undefined)
        ?.detail ?? {};
    await waitUntil(async () => (await detail()).lastResult, 10_000, 'the start-up check');
    expect(await detail()).toMatchObject({
      source: 'system',
      version: '2025.01.01',
      lastResult: { outcome: 'failed' },
    });
    // The release appears; the next failure that looks like an outdated yt-dlp fetches it.
    h.web.route('/rel/missing/SHA2-256SUMS', (_q, res) => res.writeHead(200).end(served.sums));
    h.web.route('/rel/missing/SHA2-256SUMS.sig', (_q, res) =>
      res.writeHead(200).end(Buffer.from(served.sig!)),
    );
    h.web.route(`/rel/missing/${ASSET}`, (_q, res) => res.writeHead(200).end(served.binary));
    served.binary = readFileSync(fakeYtdlp({ version: '2026.11.30', mp4 }).path);
    served.sums = sumsFor(served.binary);
    served.sig = await sign(served.sums, releaseKey);
    h.web.route('/watch', (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(videoPage('x', '/none.mp4')),
    );
    const u = user(1802);
    h.api.sendText(u, `${h.web.url}/watch?v=broken`);
    await h.waitForText(u.id, /An update of the downloader has been started/, 30_000);
    await waitUntil(async () => (await detail()).source === 'managed', 20_000, 'the release installed');
    expect(await detail()).toMatchObject({ version: '2026.11.30' });
  });
});
