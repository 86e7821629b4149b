import { readdir, stat, statfs } from 'node:fs/promises';
import path from 'node:path';
import { JobFailure } from '../pipeline/types.js';
import type { StopReason, ToolCall, ToolResult } from '../tools/run-tool.js';

/** Free disk below which a running tool is stopped rather than left to fill the disk. */
const MIN_FREE_BYTES = 16 * 1024 * 1024;

/**
 * Keeps a tool's download (yt-dlp, gallery-dl) within its limits while it runs: twice a second
 * the job's folder is measured (chunked responses, fragments and live streams included), and
 * the tool is stopped, process group and all, when one file passes `perFile` (the delivery
 * limit), the folder passes `total`, the bytes the tool reported pass `perFile`, or the disk is
 * nearly full. Then `throwIfStopped` says why.
 */
export function boundedBy(dir: string, limits: { perFile: number; total?: number }) {
  const total = limits.total ?? limits.perFile;
  let seen = 0;
  // Merging writes the output beside its inputs, each of them already within the limit.
  let merging = false;
  let stoppedFor: StopReason | undefined;
  let stopTool: ((reason: StopReason) => void) | undefined;
  const tick: NonNullable<ToolCall['tick']> = {
    everyMs: 500,
    async run(stop) {
      stopTool = stop;
      const m = await measure(dir);
      if (!merging) seen = Math.max(seen, m.largest);
      if (seen > limits.perFile || m.total > (merging ? 2 * total + MIN_FREE_BYTES : total)) {
        seen = Math.max(seen, m.total);
        stoppedFor = 'too-large';
        return stop('too-large');
      }
      const fs = await statfs(dir).catch(() => undefined);
      if (fs && fs.bavail * fs.bsize < MIN_FREE_BYTES) {
        stoppedFor = 'disk-full';
        stop('disk-full');
      }
    },
  };
  return {
    tick,
    /** Bytes the tool says it has downloaded of the current file: past the limit, it stops now. */
    reported(bytes: number | undefined) {
      if (bytes === undefined || bytes <= seen) return;
      seen = bytes;
      if (seen > limits.perFile && !stoppedFor) {
        stoppedFor = 'too-large';
        stopTool?.('too-large');
      }
    },
    /** The download is done and the tool merges or converts what it fetched. */
    postProcessing() {
      merging = true;
    },
    throwIfStopped(r: Pick<ToolResult, 'ended'>) {
      if (stoppedFor === 'too-large' || r.ended === 'too-large' || seen > limits.perFile)
        throw new JobFailure('too-large', 'the download passed the limit', {
          size: seen,
          limit: Math.min(limits.perFile, total),
        });
      if (stoppedFor === 'disk-full' || r.ended === 'disk-full')
        throw new JobFailure('disk-full', 'the disk filled while downloading');
    },
  };
}

/** The bytes under a folder, and its largest file. */
async function measure(dir: string): Promise<{ total: number; largest: number }> {
  let total = 0;
  let largest = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const size = await stat(path.join(e.parentPath, e.name)).then(
      (s) => s.size,
      () => 0,
    );
    total += size;
    largest = Math.max(largest, size);
  }
  return { total, largest };
}
