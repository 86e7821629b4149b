import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { detectTool, locateTool } from '../tools/run-tool.js';
import {
  type InstallResult,
  installRelease,
  type ReleaseSource,
  verifiedInstalled,
} from './ytdlp-release.js';
import { parseYtdlpVersion, supportsJsRuntimes } from './ytdlp-version.js';

export interface YtdlpStatus {
  path: string;
  version: string | undefined;
  /** managed: our release under DATA_DIR/bin; system: the host's; explicit: YTDLP_PATH. */
  source: 'managed' | 'system' | 'explicit';
  /** yt-dlp is given our Node for YouTube's JavaScript challenges. */
  jsRuntime: boolean;
  /** yt-dlp-ejs, the challenge solver: bundled in release binaries; unknown for a host's yt-dlp. */
  solver: 'bundled' | 'unknown' | 'none';
  checkedAt: number | undefined;
  lastResult: InstallResult | undefined;
  available: boolean;
}

/** When the host's yt-dlp is asked its version if no job has needed it yet (for /health and the dashboard). */
const ASK_VERSION_AFTER_MS = 60_000;

/**
 * The yt-dlp in use. Unless YTDLP_PATH names one, the bot keeps its own release binary under
 * DATA_DIR/bin, checked every YTDLP_UPDATE_HOURS and on `/ytdlp update` (installRelease
 * verifies and swaps it); until one is installed, or when installing fails, the host's yt-dlp
 * is used, with a warning.
 */
export function createYtdlpManager(deps: {
  dataDir: string;
  /** YTDLP_PATH when set, else the host's `yt-dlp`. */
  path: string;
  explicit: boolean;
  release: Omit<ReleaseSource, 'publicKey'> & { keyFile: string };
  log: Logger;
  /** A release was refused (no signature, a bad one, a rollback, a changed binary): the admins hear why. */
  onRefused?: (result: Extract<InstallResult, { outcome: 'failed' }>) => void;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  const dir = path.join(deps.dataDir, 'bin');
  let current: { path: string; version?: string; source: YtdlpStatus['source'] } = {
    path: deps.path,
    source: deps.explicit ? 'explicit' : 'system',
  };
  let available = false;
  let checkedAt: number | undefined;
  let lastResult: InstallResult | undefined;
  let running: Promise<InstallResult> | undefined;
  let versionAsked = false;
  let asking: Promise<void> | undefined;

  /** Our binary, only while its bytes are those recorded at install (never run otherwise). */
  async function useManaged(): Promise<boolean> {
    for (const name of ['yt-dlp', 'yt-dlp.previous']) {
      const file = path.join(dir, name);
      const version = await verifiedInstalled(file);
      if (version) {
        current = { path: file, version, source: 'managed' };
        available = true;
        return true;
      }
      if (await exists(file)) {
        const refused = {
          outcome: 'failed',
          reason: 'checksum',
          message: `${file} changed since it was installed, or fails; it is not run`,
        } as const;
        deps.log.warn({ file }, refused.message);
        deps.onRefused?.(refused);
      }
    }
    return false;
  }

  /**
   * The host's (or YTDLP_PATH's) version, asked once when first needed: a start runs no yt-dlp
   * (a third of a CPU second, seconds on a free host's share of a CPU).
   */
  function askVersion(): Promise<void> {
    if (versionAsked || current.source === 'managed') return Promise.resolve();
    asking ??= (async () => {
      const asked = current;
      const tool = await detectTool(asked.path, ['--version']);
      // An admin's /ytdlp update may have installed ours meanwhile: that one stays.
      if (current !== asked) return;
      versionAsked = true;
      available = tool.available;
      current = { ...current, version: parseYtdlpVersion(tool.version ?? '') };
    })().finally(() => {
      asking = undefined;
    });
    return asking;
  }

  async function update(signal?: AbortSignal): Promise<InstallResult> {
    if (deps.explicit) {
      return {
        outcome: 'failed',
        reason: 'download',
        message: 'YTDLP_PATH is set: that yt-dlp is not managed',
      };
    }
    running ??= (async () => {
      const publicKey = await readFile(deps.release.keyFile, 'utf8');
      const result = await installRelease({ ...deps.release, publicKey }, dir, signal);
      checkedAt = now();
      lastResult = result;
      if (result.outcome === 'failed') {
        await askVersion();
        deps.log.warn(
          { reason: result.reason, err: result.message, using: current.path, version: current.version },
          'yt-dlp update failed',
        );
        if (result.reason !== 'download') deps.onRefused?.(result);
      } else {
        await useManaged();
        if (result.outcome === 'installed') deps.log.info({ version: result.version }, 'yt-dlp updated');
      }
      return result;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    current: () => ({ path: current.path, version: current.version }),
    /** The binary in use with its version, asking it first if nobody has yet. */
    async resolved(): Promise<{ path: string; version?: string }> {
      await askVersion();
      return { path: current.path, version: current.version };
    },
    status(): YtdlpStatus {
      const jsRuntime = supportsJsRuntimes(current.version);
      return {
        ...current,
        version: current.version,
        jsRuntime,
        solver: !jsRuntime ? 'none' : current.source === 'managed' ? 'bundled' : 'unknown',
        checkedAt,
        lastResult,
        available,
      };
    },
    /** Finds the binary to use: ours if installed (it survives restarts where the disk does), else the given one. */
    async start(): Promise<void> {
      if (!deps.explicit && (await useManaged())) return;
      const tool = await locateTool(deps.path);
      // The bot answers while this runs: an admin's /ytdlp update may have installed ours meanwhile.
      if (current.source === 'managed') return;
      available = tool.available;
      if (!deps.explicit)
        deps.log.warn({ path: deps.path }, 'using the host yt-dlp until a release is installed');
      if (available) setTimeout(() => void askVersion(), ASK_VERSION_AFTER_MS).unref();
    },
    update,
  };
}

export type YtdlpManager = ReturnType<typeof createYtdlpManager>;

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );
