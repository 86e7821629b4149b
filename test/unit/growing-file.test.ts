import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGrowth } from '../../src/download/growing-file.js';
import { checkDisk } from '../../src/download/http-download.js';
import { readFileRange } from '../../src/download/read-file-range.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { failureMessage } from '../../src/jobs/job-handler.js';
import { renderStatus } from '../../src/jobs/status-text.js';
import { JobFailure } from '../../src/pipeline/types.js';
import type { JobRecord } from '../../src/storage/types.js';

const dir = mkdtempSync(path.join(tmpdir(), 'growing-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { t } = createI18n('en');
const MB = 1024 * 1024;

describe('a file read while it is written', () => {
  // Descriptors of `file` only: other files of this fork open and close theirs meanwhile.
  const openFiles = (file: string) =>
    readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === file;
      } catch {
        return false; // closed while we looked
      }
    }).length;
  const all = async (body: AsyncIterable<Buffer>) => {
    const pieces: Buffer[] = [];
    for await (const piece of body) pieces.push(piece);
    return Buffer.concat(pieces).toString();
  };

  it('closes its file when its reader stops early (an upload cut as it began)', async () => {
    const file = path.join(dir, 'cut.bin');
    writeFileSync(file, Buffer.alloc(1_000_000, 1));
    const growth = createGrowth(1_000_000, async () => {});
    growth.advance(1_000_000);
    for (let i = 0; i < 20; i++) {
      const body = readFileRange(file, {
        length: 1_000_000,
        growing: growth.file,
        signal: AbortSignal.timeout(10_000),
      });
      await body.next();
      await body.return(undefined);
    }
    expect(openFiles(file)).toBe(0);
  });

  it('reads only what is on disk, waits for the rest, and yields the whole file', async () => {
    const file = path.join(dir, 'grow.txt');
    const whole = randomBytes(200_000).toString('hex'); // 400,000 characters
    writeFileSync(file, whole.slice(0, 100_000));
    const growth = createGrowth(whole.length, async () => {});
    growth.advance(100_000);
    let got = 0;
    const body = readFileRange(file, {
      length: whole.length,
      growing: growth.file,
      signal: AbortSignal.timeout(10_000),
      onRead: (bytes) => {
        got = bytes;
      },
    });
    const read = all(body);
    await expect.poll(() => got).toBe(100_000);
    appendFileSync(file, whole.slice(100_000));
    growth.advance(whole.length);
    growth.finish();
    expect(await read).toBe(whole);
    expect(got).toBe(whole.length);
  });

  it('reads a range of a finished file, and a whole one to its end', async () => {
    const file = path.join(dir, 'range.txt');
    const whole = randomBytes(300_000).toString('hex');
    writeFileSync(file, whole);
    const signal = AbortSignal.timeout(10_000);
    expect(await all(readFileRange(file, { start: 1000, length: 500_000, signal }))).toBe(
      whole.slice(1000, 501_000),
    );
    expect(await all(readFileRange(file, { signal }))).toBe(whole);
    await expect(all(readFileRange(file, { start: 599_000, length: 5000, signal }))).rejects.toThrow(
      /shorter than expected/,
    );
  });

  it('fails with the download’s own failure when the download fails', async () => {
    const file = path.join(dir, 'broken.txt');
    writeFileSync(file, 'x'.repeat(1000));
    const growth = createGrowth(5000, async () => {});
    growth.advance(1000);
    const read = all(
      readFileRange(file, { length: 5000, growing: growth.file, signal: AbortSignal.timeout(10_000) }),
    );
    growth.fail(new JobFailure('network', 'connection closed after 1000 of 5000 bytes'));
    await expect(read).rejects.toMatchObject({ kind: 'network' });
    expect(openFiles(file)).toBe(0);
    await expect(growth.file.waitFor(5000, AbortSignal.timeout(1000))).rejects.toMatchObject({
      kind: 'network',
    });
    expect(growth.file.failed()).toBe(true);
  });
});

describe('free disk before a download', () => {
  const job = { language: 'en', url: 'http://x/' } as JobRecord;
  it('takes a small file on an almost full disk', () => {
    expect(() => checkDisk(200 * 1024, 25 * MB)).not.toThrow();
  });
  it('refuses what does not fit, saying what it needs and what is free', () => {
    let failure: unknown;
    try {
      checkDisk(24 * MB, 25 * MB);
    } catch (err) {
      failure = err;
    }
    expect(failure).toMatchObject({ kind: 'disk-full' });
    expect(failureMessage(t, job, 'disk-full', failure)).toBe(
      '❌ This file needs 26.5 MB of free disk space on the server, and only 25.0 MB is free right now.',
    );
  });
  it('keeps the old words for a disk that filled up mid-way', () => {
    const full = new JobFailure('disk-full', 'ENOSPC: writing the download failed');
    expect(failureMessage(t, job, 'disk-full', full)).toMatch(/no room for this file right now/);
  });
});

describe('the status message of a file sent while it downloads', () => {
  it('shows both sides', () => {
    const status = renderStatus(t, 'en', {
      phase: 'uploading',
      done: 48 * MB,
      total: 100 * MB,
      streamed: { downloaded: 60 * MB, sent: 48 * MB },
    });
    expect(status).toContain('Downloading and sending at once');
    expect(status).toContain('downloaded 60% · sent 48%');
  });
});
