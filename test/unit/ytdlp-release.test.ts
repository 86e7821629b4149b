import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf, installRelease } from '../../src/video/ytdlp-release.js';
import { parseYtdlpVersion, supportsJsRuntimes } from '../../src/video/ytdlp-version.js';
import { type ContentServer, startContentServer } from '../support/content-server.js';
import { fakeYtdlp } from '../support/fake-ytdlp.js';

describe('yt-dlp releases', () => {
  let web: ContentServer;
  beforeAll(async () => {
    web = await startContentServer();
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

  it('installs an unsigned release on its checksum alone, says so, and then finds it current', async () => {
    const binary = readFileSync(fakeYtdlp({ version: '2026.10.01', mp4: '/dev/null' }).path);
    const sha = createHash('sha256').update(binary).digest('hex');
    web.route('/plain/SHA2-256SUMS', (_q, res) => res.writeHead(200).end(`${sha}  yt-dlp_linux\n`));
    web.route('/plain/yt-dlp_linux', (_q, res) => res.writeHead(200).end(binary));
    const dir = mkdtempSync(path.join(tmpdir(), 'release-'));
    const source = { baseUrl: `${web.url}/plain`, asset: 'yt-dlp_linux', publicKey: 'unused' };
    expect(await installRelease(source, dir)).toEqual({
      outcome: 'installed',
      version: '2026.10.01',
      signed: false,
    });
    expect(existsSync(path.join(dir, 'yt-dlp.new'))).toBe(false);
    expect(await installRelease(source, dir)).toEqual({ outcome: 'current', version: '2026.10.01' });
  });
});
