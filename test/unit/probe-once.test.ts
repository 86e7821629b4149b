import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeMedia, videoFacts } from '../../src/media/probe.js';
import { makeMp4 } from '../support/media.js';

describe('ffprobe', () => {
  it('looks at a file once however many steps ask, and again once it has changed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'probe-once-'));
    const runs = path.join(dir, 'runs');
    writeFileSync(runs, '');
    // The real ffprobe, counted.
    const ffprobe = path.join(dir, 'ffprobe');
    const real = execFileSync('sh', ['-c', 'command -v ffprobe'], { encoding: 'utf8' }).trim();
    writeFileSync(ffprobe, `#!/bin/sh\necho run >> '${runs}'\nexec '${real}' "$@"\n`);
    chmodSync(ffprobe, 0o755);
    const count = () => readFileSync(runs, 'utf8').split('\n').filter(Boolean).length;
    const video = path.join(dir, 'media.mp4');
    copyFileSync(makeMp4(2, 320, 240), video);
    const signal = new AbortController().signal;

    const facts = await videoFacts(video, ffprobe, signal);
    const info = await probeMedia(video, ffprobe, signal);
    expect(facts?.codec).toBe('h264');
    expect(info).toMatchObject({ kind: 'video', width: 320, height: 240, duration: 2 });
    expect(count()).toBe(1);

    copyFileSync(makeMp4(3, 160, 120), video);
    expect(await probeMedia(video, ffprobe, signal)).toMatchObject({ width: 160, height: 120, duration: 3 });
    expect(count()).toBe(2);
  });
});
