import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deliverFile } from '../../src/delivery/deliver-file.js';
import type { Upload, Uploader } from '../../src/delivery/types.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { runningJob } from '../support/job-record.js';
import { makeMp4 } from '../support/media.js';

const dir = mkdtempSync(path.join(tmpdir(), 'split-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { t } = createI18n('en');
const job = runningJob();
const io = { signal: new AbortController().signal, report: () => {}, touch: () => {}, shown: async () => {} };

function recordingUploader() {
  const uploads: Upload[] = [];
  const uploader: Uploader = {
    async upload(u) {
      uploads.push(u);
      return { method: 'sendDocument', fileId: `F${uploads.length}`, messageId: uploads.length };
    },
  };
  return { uploader, uploads };
}

describe('files over 2 GB', () => {
  it('splits a 5 GB file into three raw parts whose concatenation is the original', async () => {
    const file = path.join(dir, 'huge.bin');
    const size = 5 * 1024 ** 3;
    const fd = openSync(file, 'w');
    ftruncateSync(fd, size);
    for (const at of [0, 2_097_151_999, 2_097_152_000, 4_194_303_999, 4_194_304_000, size - 1])
      writeSync(fd, Buffer.from([at % 251 || 1]), 0, 1, at);
    closeSync(fd);
    const big = recordingUploader();
    const small = recordingUploader();
    await deliverFile(
      {
        t,
        botApiUploader: small.uploader,
        largeUploader: big.uploader,
        botApiLimitBytes: 50 * 1024 ** 2,
        tmpDir: dir,
      },
      job,
      io,
      { file, filename: 'disk.img', size },
    );
    expect(small.uploads).toHaveLength(0);
    expect(big.uploads.map((u) => u.filename)).toEqual(['disk.img.001', 'disk.img.002', 'disk.img.003']);
    expect(big.uploads.every((u) => u.size <= 2_097_152_000)).toBe(true);
    expect(big.uploads.map((u) => u.caption.split('\n')[0])).toEqual([
      '🧩 Part 1 of 3',
      '🧩 Part 2 of 3',
      '🧩 Part 3 of 3',
    ]);
    // Raw parts are ranges of the file itself: their concatenation is the original exactly when
    // they follow one another from its first byte to its last (hashing 10 GB said the same in 25 s).
    expect(big.uploads.map((u) => [u.start ?? 0, u.size])).toEqual([
      [0, 2_097_152_000],
      [2_097_152_000, 2_097_152_000],
      [4_194_304_000, size - 4_194_304_000],
    ]);
  });

  it('cuts a long video by time into parts that each play', async () => {
    const video = makeMp4(30, 640, 360, 'long.mp4');
    const size = statSync(video).size;
    const big = recordingUploader();
    // Each part is probed as it is sent: a part is deleted once Telegram has it.
    const durations: number[] = [];
    const record = big.uploader.upload;
    big.uploader.upload = (u) => {
      const out = execFileSync(
        'ffprobe',
        ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', u.file],
        { encoding: 'utf8' },
      );
      durations.push(Number(out));
      return record(u);
    };
    await deliverFile(
      {
        t,
        botApiUploader: big.uploader,
        largeUploader: big.uploader,
        botApiLimitBytes: 1,
        tmpDir: dir,
        ffmpeg: 'ffmpeg',
        ffprobe: 'ffprobe',
        maxPartBytes: Math.ceil(size / 3),
      },
      job,
      io,
      { file: video, filename: 'long.mp4', size },
    );
    expect(big.uploads.length).toBeGreaterThanOrEqual(3);
    for (const [i, u] of big.uploads.entries()) {
      expect(u.media.kind).toBe('video');
      expect(durations[i]).toBeGreaterThan(1);
      expect(u.caption).toMatch(/Part \d+ of \d+/);
      expect(existsSync(u.file)).toBe(false);
    }
    expect(durations.reduce((a, b) => a + b, 0)).toBeGreaterThan(28);
  });
});
