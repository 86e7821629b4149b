import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as openpgp from 'openpgp';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createYtdlpManager } from '../../src/video/ytdlp-manager.js';
import {
  checksumOf,
  compareVersions,
  installRelease,
  verifiedInstalled,
} from '../../src/video/ytdlp-release.js';
import { parseYtdlpVersion, supportsJsRuntimes } from '../../src/video/ytdlp-version.js';
import { type ContentServer, startContentServer } from '../support/content-server.js';

describe('yt-dlp releases', () => {
  let web: ContentServer;
  let keys: { publicKey: string; privateKey: openpgp.PrivateKey };
  beforeAll(async () => {
    web = await startContentServer();
    const made = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 'release' }],
      format: 'object',
    });
    keys = { publicKey: made.publicKey.armor(), privateKey: made.privateKey };
  });
  afterAll(() => web.close());

  it('reads versions and knows which have --js-runtimes', () => {
    expect(parseYtdlpVersion('2025.11.12\n')).toBe('2025.11.12');
    expect(parseYtdlpVersion('2025.11.12.232345')).toBe('2025.11.12.232345');
    expect(parseYtdlpVersion('command not found')).toBeUndefined();
    expect(supportsJsRuntimes('2025.11.12')).toBe(true);
    expect(supportsJsRuntimes('2025.11.11')).toBe(false);
    expect(supportsJsRuntimes('2023.03.04')).toBe(false);
    expect(supportsJsRuntimes(undefined)).toBe(false);
  });

  it('finds the asset in SHA2-256SUMS, and nothing for a look-alike name', () => {
    const sums = `${'a'.repeat(64)}  yt-dlp\n${'b'.repeat(64)}  yt-dlp_linux\n${'c'.repeat(64)}  yt-dlp_linux.zip\n`;
    expect(checksumOf(sums, 'yt-dlp_linux')).toBe('b'.repeat(64));
    expect(checksumOf(sums, 'yt-dlp_macos')).toBeUndefined();
  });

  /** A release binary that answers like yt-dlp and writes its environment at every run. */
  function recordingBinary(version: string) {
    const dir = mkdtempSync(path.join(tmpdir(), 'bin-'));
    const runs = path.join(dir, 'runs');
    mkdirSync(runs);
    const body = `#!/bin/sh\n/usr/bin/env > "${runs}/$$"\nif [ "$1" = "--version" ]; then echo ${version}; fi\nexit 0\n`;
    return {
      body: Buffer.from(body),
      runs: () => readdirSync(runs).map((f) => readFileSync(path.join(runs, f), 'utf8')),
    };
  }

  async function serveRelease(prefix: string, binary: Buffer, sig: 'good' | 'none' | 'cut') {
    const sums = `${createHash('sha256').update(binary).digest('hex')}  yt-dlp_linux\n`;
    web.route(`/${prefix}/SHA2-256SUMS`, (_q, res) => res.writeHead(200).end(sums));
    web.route(`/${prefix}/yt-dlp_linux`, (_q, res) => res.writeHead(200).end(binary));
    web.route(`/${prefix}/SHA2-256SUMS.sig`, (_q, res) => {
      if (sig === 'none') return res.writeHead(404).end();
      if (sig === 'cut') return res.socket?.destroy();
      void sign(sums).then((s) => res.writeHead(200).end(Buffer.from(s)));
    });
    return { baseUrl: `${web.url}/${prefix}`, asset: 'yt-dlp_linux', publicKey: keys.publicKey };
  }

  const sign = async (text: string) =>
    openpgp.sign({
      message: await openpgp.createMessage({ binary: Buffer.from(text) }),
      signingKeys: keys.privateKey,
      detached: true,
      format: 'binary',
    }) as Promise<Uint8Array>;
  it('never installs or runs a release without a signature, or whose signature cannot be fetched', async () => {
    for (const sig of ['none', 'cut'] as const) {
      const bin = recordingBinary('2026.10.01');
      const source = await serveRelease(`unsigned-${sig}`, bin.body, sig);
      const dir = mkdtempSync(path.join(tmpdir(), 'release-'));
      const result = await installRelease(source, dir);
      expect(result).toMatchObject({ outcome: 'failed', reason: 'signature' });
      expect(existsSync(path.join(dir, 'yt-dlp'))).toBe(false);
      expect(bin.runs()).toEqual([]);
    }
  });

  it('runs a new release first with an empty environment, and records its sha256', async () => {
    process.env.BOT_TOKEN = '123456:secret-token-in-the-bot-environment';
    try {
      const bin = recordingBinary('2026.10.01');
      const source = await serveRelease('signed', bin.body, 'good');
      const dir = mkdtempSync(path.join(tmpdir(), 'release-'));
      expect(await installRelease(source, dir)).toEqual({ outcome: 'installed', version: '2026.10.01' });
      expect(bin.runs().length).toBeGreaterThanOrEqual(2);
      for (const env of bin.runs()) {
        expect(env).not.toContain('secret-token');
        expect(env).not.toMatch(/^(PATH|HOME|BOT_TOKEN)=/m);
      }
      expect(readFileSync(path.join(dir, 'yt-dlp.sha256'), 'utf8')).toBe(
        createHash('sha256').update(bin.body).digest('hex'),
      );
      expect(existsSync(path.join(dir, 'yt-dlp.new'))).toBe(false);
      expect(await installRelease(source, dir)).toEqual({ outcome: 'current', version: '2026.10.01' });
    } finally {
      delete process.env.BOT_TOKEN;
    }
  });

  it('refuses a signed release older than the installed one (no rollback), and never runs it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-'));
    const newer = recordingBinary('2026.11.30');
    expect(await installRelease(await serveRelease('newer', newer.body, 'good'), dir)).toMatchObject({
      outcome: 'installed',
    });
    const older = recordingBinary('2026.10.01');
    const result = await installRelease(await serveRelease('older', older.body, 'good'), dir);
    expect(result).toMatchObject({ outcome: 'failed', reason: 'rollback' });
    expect(readFileSync(path.join(dir, 'yt-dlp'))).toEqual(newer.body);
    expect(await verifiedInstalled(path.join(dir, 'yt-dlp'))).toBe('2026.11.30');
    expect(compareVersions('2026.11.30', '2026.11.30.1')).toBe(-1);
    expect(compareVersions('2026.12.01', '2026.11.30.5')).toBe(1);
  });

  it('never runs an installed binary whose bytes changed on disk: the host yt-dlp is used and the release fetched again', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'data-'));
    const dir = path.join(dataDir, 'bin');
    const good = recordingBinary('2026.11.30');
    const source = await serveRelease('swap', good.body, 'good');
    expect(await installRelease(source, dir)).toMatchObject({ outcome: 'installed' });
    const tampered = recordingBinary('2026.11.30');
    writeFileSync(path.join(dir, 'yt-dlp'), tampered.body);
    const host = recordingBinary('2025.01.01');
    const hostPath = path.join(mkdtempSync(path.join(tmpdir(), 'host-')), 'yt-dlp');
    writeFileSync(hostPath, host.body, { mode: 0o755 });
    const refused: string[] = [];
    const manager = createYtdlpManager({
      dataDir,
      path: hostPath,
      explicit: false,
      release: { baseUrl: source.baseUrl, asset: source.asset, keyFile: writeKey(keys.publicKey) },
      log: pino({ level: 'silent' }),
      onRefused: (r) => refused.push(r.message),
    });
    await manager.start();
    expect(tampered.runs()).toEqual([]);
    // The host's yt-dlp is found without running it; its version is asked when first needed.
    expect(host.runs()).toEqual([]);
    expect(manager.status()).toMatchObject({ source: 'system', available: true });
    expect(await manager.resolved()).toEqual({ path: hostPath, version: '2025.01.01' });
    expect(host.runs()).toHaveLength(1);
    await manager.resolved();
    expect(host.runs()).toHaveLength(1);
    expect(manager.status()).toMatchObject({ source: 'system', version: '2025.01.01' });
    expect(refused.join()).toMatch(/changed since it was installed/);
    expect(await manager.update()).toMatchObject({ outcome: 'installed', version: '2026.11.30' });
    expect(manager.status()).toMatchObject({ source: 'managed', version: '2026.11.30' });
    expect(readFileSync(path.join(dir, 'yt-dlp'))).toEqual(good.body);
    expect(tampered.runs()).toEqual([]);
  });

  it('keeps a release installed while the host yt-dlp was still being asked its version', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'data-'));
    const release = recordingBinary('2026.11.30');
    const source = await serveRelease('during-start', release.body, 'good');
    // The host's yt-dlp takes 1.5 s to say its version (a slow host at start-up).
    const hostPath = path.join(mkdtempSync(path.join(tmpdir(), 'host-')), 'yt-dlp');
    writeFileSync(hostPath, '#!/bin/sh\n/bin/sleep 1.5\necho 2023.03.04\n', { mode: 0o755 });
    const manager = createYtdlpManager({
      dataDir,
      path: hostPath,
      explicit: false,
      release: { baseUrl: source.baseUrl, asset: source.asset, keyFile: writeKey(keys.publicKey) },
      log: pino({ level: 'silent' }),
    });
    await manager.start();
    const asked = manager.resolved();
    expect(await manager.update()).toMatchObject({ outcome: 'installed', version: '2026.11.30' });
    await asked;
    expect(manager.status()).toMatchObject({ source: 'managed', version: '2026.11.30', available: true });
    expect(manager.current().path).toBe(path.join(dataDir, 'bin', 'yt-dlp'));
  });
});

function writeKey(armored: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'key-')), 'key.asc');
  writeFileSync(file, armored);
  return file;
}
