import type { Logger } from '../logger.js';
import { runTool } from '../tools/run-tool.js';

/**
 * Gives a byte range of a file back to the disk (a hole: the file keeps its length, the range
 * reads as zeros): a raw split part Telegram already has no longer takes room, so a split file
 * needs about one part of disk. util-linux's fallocate, as Node has no punch-hole call; where
 * the filesystem cannot punch holes, the range simply stays until the job's folder is removed.
 */
export async function releaseRange(
  file: string,
  start: number,
  length: number,
  log?: Pick<Logger, 'warn'>,
): Promise<void> {
  const r = await runTool('fallocate', {
    args: ['--punch-hole', '--offset', String(start), '--length', String(length), '--', file],
    timeoutMs: 30_000,
  });
  if (r.ended !== 'exited' || r.exitCode !== 0)
    log?.warn({ err: r.stderr.trim() || r.ended }, 'could not free a sent part of a split file');
}
