import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The one place a child process is started (lint forbids child_process and execa elsewhere).
 * Every tool gets a minimal environment (PATH, HOME, LANG, TMPDIR and what the call adds; never
 * the bot's own variables), runs in its own process group that is killed whole on cancel, timeout
 * or stop, and has its output bounded: stdout is kept up to a cap (beyond it the run is stopped)
 * or streamed line by line, stderr keeps its last 64 KiB.
 */
export interface ToolCall {
  args: string[];
  timeoutMs: number;
  signal?: AbortSignal;
  /** Variables this tool needs on top of the minimal ones. */
  env?: Record<string, string>;
  /** No variables at all: a binary not trusted yet (a new release's first runs). */
  emptyEnv?: boolean;
  /** stdout kept at most (default 1 MiB); more stops the run as `output-too-large`. */
  maxStdoutBytes?: number;
  /** stdout streamed line by line instead of kept. */
  onLine?: (line: string) => void;
  /** Called at start and every `everyMs` while the tool runs: liveness, or a watch that may stop it. */
  tick?: { everyMs: number; run: (stop: (reason: StopReason) => void) => void | Promise<void> };
  cwd?: string;
}

export type StopReason = 'output-too-large' | 'too-large' | 'disk-full';

export interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** How the run ended when not by itself. */
  ended: 'exited' | 'timeout' | 'cancelled' | 'missing' | StopReason;
}

const STDERR_TAIL = 64 * 1024;
let baseEnv: Record<string, string> = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: os.tmpdir(),
  LANG: 'C.UTF-8',
  TMPDIR: os.tmpdir(),
};

/** Set once by the composition root from the config's whitelisted variables. */
export function setToolEnvironment(env: Record<string, string>): void {
  baseEnv = { ...env };
}

/** The environment a tool gets: for a browser that Playwright starts. */
export function toolEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  return { ...baseEnv, ...extra };
}

export async function runTool(file: string, call: ToolCall): Promise<ToolResult> {
  const { execa } = await import('execa');
  const env = call.emptyEnv ? {} : toolEnvironment(call.env);
  const child = execa(file, call.args, {
    detached: true,
    reject: false,
    stdin: 'ignore',
    buffer: false,
    extendEnv: false,
    env,
    cwd: call.cwd,
  });
  let ended: ToolResult['ended'] = 'exited';
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const stop = (reason: ToolResult['ended']) => {
    if (ended === 'exited') ended = reason;
    killGroup();
  };
  const onAbort = () => stop('cancelled');
  if (call.signal?.aborted) onAbort();
  else call.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => stop('timeout'), call.timeoutMs);

  const maxStdout = call.maxStdoutBytes ?? 1024 * 1024;
  const out: Buffer[] = [];
  let outBytes = 0;
  let partial = '';
  child.stdout?.on('data', (d: Buffer) => {
    if (call.onLine) {
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop() ?? '';
      if (partial.length > maxStdout) stop('output-too-large');
      for (const l of lines) call.onLine(l.trim());
      return;
    }
    outBytes += d.length;
    if (outBytes > maxStdout) return stop('output-too-large');
    out.push(d);
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    if (err.length > STDERR_TAIL * 2) err = err.slice(-STDERR_TAIL);
  });

  let ticking = false;
  const tick = () => {
    if (ticking || !call.tick) return;
    ticking = true;
    Promise.resolve(call.tick.run(stop))
      .catch(() => {})
      .finally(() => {
        ticking = false;
      });
  };
  tick();
  const ticker = call.tick ? setInterval(tick, call.tick.everyMs) : undefined;

  try {
    const r = await child;
    if ((r as { code?: string }).code === 'ENOENT') ended = 'missing';
    return {
      exitCode: r.exitCode ?? 1,
      stdout: Buffer.concat(out).toString(),
      stderr: err.slice(-STDERR_TAIL),
      ended,
    };
  } finally {
    clearTimeout(timer);
    clearInterval(ticker);
    call.signal?.removeEventListener('abort', onAbort);
    // Grandchildren (yt-dlp's ffmpeg) go with the group.
    killGroup();
  }
}

/** Whether a tool is there, and when it was run to ask, the first line it printed (`--version`). */
export interface ToolInfo {
  available: boolean;
  path: string;
  version?: string;
}

export async function detectTool(
  file: string,
  args: string[],
  opts: { emptyEnv?: boolean } = {},
): Promise<ToolInfo> {
  const r = await runTool(file, {
    args,
    timeoutMs: 10_000,
    emptyEnv: opts.emptyEnv,
    maxStdoutBytes: 64 * 1024,
  });
  if (r.ended !== 'exited' || r.exitCode !== 0) return { available: false, path: file };
  return { available: true, path: file, version: r.stdout.split('\n')[0]?.trim() };
}

/**
 * Whether a tool is there to start, without starting it: an executable file at its path, or
 * under the tools' PATH for a bare name, as the start would look. Running `-version` costs a
 * tenth of a second of CPU per tool, and a free host has a tenth of a CPU (doctor still does).
 */
export async function locateTool(file: string): Promise<ToolInfo> {
  const candidates = file.includes('/')
    ? [file]
    : (baseEnv.PATH ?? '')
        .split(':')
        .filter(Boolean)
        .map((dir) => path.join(dir, file));
  for (const candidate of candidates) {
    const executable = await access(candidate, constants.X_OK).then(
      () => stat(candidate).then((s) => s.isFile()),
      () => false,
    );
    if (executable) return { available: true, path: file };
  }
  return { available: false, path: file };
}
