import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { withDeadline } from '../lifecycle/deadline.js';
import { detectTool } from '../tools/run-tool.js';
import { parseYtdlpVersion } from './ytdlp-version.js';

const MAX_BINARY_BYTES = 256 * 1024 * 1024;
const FETCH_MS = 10 * 60_000;

/** yt-dlp's release layout: the binary, `SHA2-256SUMS`, and `SHA2-256SUMS.sig` signed with its key. */
export interface ReleaseSource {
  baseUrl: string;
  asset: string;
  /** yt-dlp's armored public key (assets/yt-dlp-release-key.asc). */
  publicKey: string;
}

export type FailReason = 'download' | 'checksum' | 'signature' | 'broken' | 'rollback';

export type InstallResult =
  | { outcome: 'installed'; version: string }
  | { outcome: 'current'; version: string }
  | { outcome: 'failed'; reason: FailReason; message: string };

/** The sha256 of the installed binary, recorded at install and checked before every start. */
export const HASH_SUFFIX = '.sha256';

/** The expected sha256 of `asset` in a SHA2-256SUMS text. */
export function checksumOf(sums: string, asset: string): string | undefined {
  for (const line of sums.split('\n')) {
    const m = line.trim().match(/^([0-9a-f]{64})\s+\*?(.+)$/i);
    if (m && m[2] === asset) return m[1]!.toLowerCase();
  }
  return undefined;
}

async function fetchText(url: string, signal: AbortSignal): Promise<{ status: number; body: Buffer }> {
  const res = await fetch(url, { signal, redirect: 'follow' });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, body };
}

async function verifySignature(sums: Buffer, signature: Buffer, armoredKey: string): Promise<boolean> {
  const openpgp = await import('openpgp');
  try {
    const verificationKeys = await openpgp.readKey({ armoredKey });
    const sig = await openpgp
      .readSignature({ binarySignature: signature })
      .catch(() => openpgp.readSignature({ armoredSignature: signature.toString('utf8') }));
    const message = await openpgp.createMessage({ binary: sums });
    const { signatures } = await openpgp.verify({ message, signature: sig, verificationKeys });
    await signatures[0]?.verified;
    return signatures.length > 0;
  } catch {
    return false;
  }
}

/**
 * Runs `--version` and a smoke probe that loads all of yt-dlp without touching the network,
 * with an empty environment: a binary is not trusted with anything before it has passed.
 */
export async function checkBinary(file: string): Promise<string | undefined> {
  const tool = await detectTool(file, ['--version'], { emptyEnv: true });
  const version = tool.available ? parseYtdlpVersion(tool.version ?? '') : undefined;
  if (!version) return undefined;
  const smoke = await detectTool(file, ['--ignore-config', '--no-cache-dir', '--dump-user-agent'], {
    emptyEnv: true,
  });
  return smoke.available ? version : undefined;
}

/**
 * The version of an installed binary whose bytes are still the ones recorded when it was
 * installed; undefined (and never run) when the file changed, its record is missing, or it fails.
 */
export async function verifiedInstalled(file: string): Promise<string | undefined> {
  const recorded = await readFile(file + HASH_SUFFIX, 'utf8').catch(() => undefined);
  if (!recorded || recorded.trim() !== (await sha256File(file))) return undefined;
  return checkBinary(file);
}

/** Orders yt-dlp's date versions (2026.11.30 < 2026.11.30.1 < 2026.12.01). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * Installs the release's binary as `dir/yt-dlp` if it differs from the one there. It fails
 * closed: the signature of SHA2-256SUMS by the pinned key is what is trusted (no signature, or
 * one that cannot be fetched: not installed), then the binary's checksum from those sums, then
 * `--version` and a smoke probe with an empty environment; a release older than the installed
 * one is refused (no rollback). Only then is it swapped in by rename, its sha256 recorded beside
 * it; the one it replaces is kept as `yt-dlp.previous`. Anything that fails leaves the installed
 * binary as it was.
 */
export async function installRelease(
  source: ReleaseSource,
  dir: string,
  signal?: AbortSignal,
): Promise<InstallResult> {
  const deadline = withDeadline(FETCH_MS, signal);
  const base = source.baseUrl.replace(/\/+$/, '');
  const target = path.join(dir, 'yt-dlp');
  const fresh = path.join(dir, 'yt-dlp.new');
  try {
    await mkdir(dir, { recursive: true });
    const sums = await fetchText(`${base}/SHA2-256SUMS`, deadline.signal);
    if (sums.status !== 200) return failed('download', `SHA2-256SUMS: HTTP ${sums.status}`);
    const expected = checksumOf(sums.body.toString('utf8'), source.asset);
    if (!expected) return failed('checksum', `${source.asset} is not in SHA2-256SUMS`);

    const sig = await fetchText(`${base}/SHA2-256SUMS.sig`, deadline.signal).catch((err: Error) => ({
      status: 0,
      body: Buffer.from(err.message),
    }));
    if (sig.status !== 200)
      return failed('signature', `the release has no signature (SHA2-256SUMS.sig: ${httpOrError(sig)})`);
    if (!(await verifySignature(sums.body, sig.body, source.publicKey)))
      return failed('signature', 'SHA2-256SUMS is not signed by the yt-dlp release key');

    const installedVersion = await verifiedInstalled(target);
    if (installedVersion && (await sha256File(target)) === expected)
      return { outcome: 'current', version: installedVersion };

    const res = await fetch(`${base}/${source.asset}`, { signal: deadline.signal, redirect: 'follow' });
    if (res.status !== 200 || !res.body) return failed('download', `${source.asset}: HTTP ${res.status}`);
    const hash = createHash('sha256');
    let bytes = 0;
    await pipeline(
      Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
      new Transform({
        transform(chunk: Buffer, _e, cb) {
          bytes += chunk.length;
          if (bytes > MAX_BINARY_BYTES) return cb(new Error('the release binary is implausibly large'));
          hash.update(chunk);
          cb(null, chunk);
        },
      }),
      createWriteStream(fresh, { mode: 0o755 }),
    );
    if (hash.digest('hex') !== expected) return failed('checksum', 'the binary does not match SHA2-256SUMS');
    await chmod(fresh, 0o755);
    const version = await checkBinary(fresh);
    if (!version) return failed('broken', 'the new binary failed --version or the smoke probe');
    if (installedVersion && compareVersions(version, installedVersion) < 0)
      return failed('rollback', `${version} is older than the installed ${installedVersion}`);
    if (installedVersion) {
      await rename(target, path.join(dir, 'yt-dlp.previous'));
      await rename(target + HASH_SUFFIX, path.join(dir, `yt-dlp.previous${HASH_SUFFIX}`));
    }
    await writeFile(target + HASH_SUFFIX, expected);
    await rename(fresh, target);
    return { outcome: 'installed', version };
  } catch (err) {
    return failed('download', (err as Error).message);
  } finally {
    deadline.clear();
    await rm(fresh, { force: true });
  }
}

function failed(reason: FailReason, message: string): InstallResult {
  return { outcome: 'failed', reason, message };
}

const httpOrError = (r: { status: number; body: Buffer }) =>
  r.status ? `HTTP ${r.status}` : r.body.toString().slice(0, 200);

async function sha256File(file: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}
