import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { createGrowth, followGrowingFile } from '../../src/download/growing-file.js';
import { checkDisk } from '../../src/download/http-download.js';
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
  it('closes its file when destroyed while opening it (an upload cut as it began)', async () => {
    const file = path.join(dir, 'cut.bin');
    writeFileSync(file, Buffer.alloc(1000, 1));
    const growth = createGrowth(1000, async () => {});
    growth.advance(1000);
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 20; i++) {
      const reader = followGrowingFile(file, growth.file, {
        length: 1000,
        signal: AbortSignal.timeout(10_000),
      });
      reader.on('error', () => {});
      reader.read(0);
      await Promise.resolve();
      reader.destroy(new Error('the upload was cut'));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(openFiles()).toBe(before);
  });

  it('reads only what is on disk, waits for the rest, and yields the whole file', async () => {
    const file = path.join(dir, 'grow.txt');
    const whole = randomBytes(200_000).toString('hex'); // 400,000 characters
    writeFileSync(file, whole.slice(0, 100_000));
    const growth = createGrowth(whole.length, async () => {});
    growth.advance(100_000);
    const reader = followGrowingFile(file, growth.file, {
      length: whole.length,
      signal: AbortSignal.timeout(10_000),
    });
    let got = 0;
    reader.on('data', (c: Buffer) => {
      got += c.length;
    });
    const all = text(reader);
    await expect.poll(() => got).toBe(100_000);
    appendFileSync(file, whole.slice(100_000));
    growth.advance(whole.length);
    growth.finish();
    expect(await all).toBe(whole);
  });

  it('fails with the download’s own failure when the download fails', async () => {
    const file = path.join(dir, 'broken.txt');
    writeFileSync(file, 'x'.repeat(1000));
    const growth = createGrowth(5000, async () => {});
    growth.advance(1000);
    const reader = followGrowingFile(file, growth.file, {
      length: 5000,
      signal: AbortSignal.timeout(10_000),
    });
    const read = text(reader);
    growth.fail(new JobFailure('network', 'connection closed after 1000 of 5000 bytes'));
    await expect(read).rejects.toMatchObject({ kind: 'network' });
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
