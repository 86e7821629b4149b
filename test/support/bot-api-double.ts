import { randomUUID } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseMultipart, TooLargeError, type UploadedPart } from './multipart.js';
import { paced } from './pace.js';
import { createTelegramState, type TelegramState } from './telegram-state.js';

/**
 * A local Telegram Bot API: the JSON envelope, long polling with offsets, multipart uploads
 * streamed to disk with their sha256, Telegram's 413 above 50 MB, and faults on demand.
 */
export type Fault =
  | { type: 'error'; code: number; description: string; retryAfter?: number }
  | { type: 'drop' }
  | { type: 'delay'; ms: number }
  /** Process the call, then hold the answer: a kill now means "sent but not recorded". */
  | { type: 'delay-after'; ms: number }
  | { type: 'hang' };

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  files: Record<string, UploadedPart>;
  at: number;
}

export interface BotApiDoubleOptions {
  token: string;
  uploadLimitBytes?: number;
  /** Fetch limit when asked to send by URL (Telegram: 20 MB). */
  urlSendLimitBytes?: number;
  /** Behave as `telegram-bot-api --local`: `file://` paths are sent from disk, uploads up to 2000 MB. */
  local?: boolean;
  /** Read upload bodies no faster than this (a slow link to Telegram). */
  uploadBytesPerSecond?: number;
}

export interface BotApiDouble extends TelegramState {
  url: string;
  calls: RecordedCall[];
  /** Decides a fault for each call; undefined means answer normally. */
  faults: ((method: string, params: Record<string, unknown>) => Fault | undefined) | undefined;
  /** Cuts the connection of an upload after this many body bytes (undefined: let it through). */
  cutUpload: ((method: string) => number | undefined) | undefined;
  /** How fast upload bodies are read; may change at any time. */
  uploadBytesPerSecond: number | undefined;
  /** Uploads as they began (before their body was read), in order. */
  uploadsStarted: { method: string; at: number }[];
  callsTo(method: string | RegExp): RecordedCall[];
  waitForCall(pred: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  close(): Promise<void>;
}

const FILE_FIELDS = ['document', 'video', 'animation', 'audio', 'photo', 'thumbnail'];

export async function startBotApiDouble(opts: BotApiDoubleOptions): Promise<BotApiDouble> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bot-api-double-'));
  const uploadLimit = opts.uploadLimitBytes ?? (opts.local ? 2000 : 50) * 1024 * 1024;
  const state = createTelegramState({
    dir,
    urlSendLimitBytes: opts.urlSendLimitBytes ?? 20 * 1024 * 1024,
    localFiles: opts.local,
  });
  const calls: RecordedCall[] = [];
  const callWaiters = new Set<() => void>();
  const sockets = new Set<import('node:net').Socket>();

  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  /** The upload's body as the double reads it: paced, and cut where a test asks. */
  function uploadBody(req: IncomingMessage, method: string) {
    double.uploadsStarted.push({ method, at: Date.now() });
    const body = req.pipe(paced(() => double.uploadBytesPerSecond));
    const cutAt = double.cutUpload?.(method);
    if (cutAt !== undefined) {
      let seen = 0;
      body.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen >= cutAt) req.socket.destroy();
      });
    }
    return body;
  }

  async function readParams(req: IncomingMessage, method: string) {
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const { fields, files } = await parseMultipart(req, dir, uploadLimit, uploadBody(req, method));
      const params: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(fields)) params[k] = tryJson(k, v);
      return { params, files };
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (!raw) return { params: {}, files: {} };
    if (type.includes('json')) return { params: JSON.parse(raw) as Record<string, unknown>, files: {} };
    const params: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(raw)) params[k] = tryJson(k, v);
    return { params, files: {} };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://x');
    const fileMatch = url.pathname.match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (fileMatch) return serveFile(fileMatch[1]!, fileMatch[2]!, req.headers.range, res);
    const m = url.pathname.match(/^\/bot([^/]+)\/([A-Za-z]+)$/);
    if (!m) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = m as unknown as [string, string, string];
    if (token !== opts.token)
      return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });

    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > uploadLimit + 1024 * 1024) {
      req.resume();
      res.writeHead(413, { connection: 'close' }).end('Request Entity Too Large');
      return;
    }
    let params: Record<string, unknown>;
    let files: Record<string, UploadedPart>;
    try {
      ({ params, files } = await readParams(req, method));
    } catch (err) {
      if (err instanceof TooLargeError) {
        res.writeHead(413, { connection: 'close' }).end('Request Entity Too Large');
        return;
      }
      return send(res, 400, {
        ok: false,
        error_code: 400,
        description: `Bad Request: ${(err as Error).message}`,
      });
    }
    for (const [k, v] of url.searchParams) params[k] ??= tryJson(k, v);

    const fault = double.faults?.(method, params);
    if (fault?.type === 'drop') return void req.socket.destroy();
    if (fault?.type === 'hang') return;
    if (fault?.type === 'delay') await sleep(fault.ms);
    if (fault?.type === 'error') {
      return send(res, fault.code, {
        ok: false,
        error_code: fault.code,
        description: fault.description,
        ...(fault.retryAfter === undefined ? {} : { parameters: { retry_after: fault.retryAfter } }),
      });
    }

    resolveAttachments(params, files);
    calls.push({ method, params, files, at: Date.now() });
    for (const w of callWaiters) w();
    const signal = abortOnClose(req, res);
    const result = await state.call(method, params, files, signal);
    if (fault?.type === 'delay-after') await sleep(fault.ms);
    if (result.ok) send(res, 200, { ok: true, result: result.result });
    else send(res, result.code, { ok: false, error_code: result.code, description: result.description });
  }

  function serveFile(token: string, filePath: string, range: string | undefined, res: ServerResponse) {
    const file = token === opts.token ? state.fileByPath(filePath) : undefined;
    if (!file) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    // Telegram's file endpoint honours one byte range, as this does.
    const m = /^bytes=(\d+)-(\d*)$/.exec(range ?? '');
    if (m && Number(m[1]) < file.size) {
      const start = Number(m[1]);
      const end = Math.min(m[2] ? Number(m[2]) : file.size - 1, file.size - 1);
      res.writeHead(206, {
        'content-type': file.mimeType,
        'content-length': end - start + 1,
        'content-range': `bytes ${start}-${end}/${file.size}`,
      });
      createReadStream(file.path, { start, end }).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': file.mimeType, 'content-length': file.size });
    createReadStream(file.path).pipe(res);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 500, { ok: false, error_code: 500, description: String(err) }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;

  const double: BotApiDouble = {
    ...state,
    url: `http://127.0.0.1:${port}`,
    calls,
    faults: undefined,
    cutUpload: undefined,
    uploadBytesPerSecond: opts.uploadBytesPerSecond,
    uploadsStarted: [],
    callsTo: (method) =>
      calls.filter((c) => (typeof method === 'string' ? c.method === method : method.test(c.method))),
    waitForCall(pred, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = calls.find(pred);
          if (hit) {
            callWaiters.delete(check);
            clearTimeout(timer);
            resolve(hit);
          }
        };
        const timer = setTimeout(() => {
          callWaiters.delete(check);
          reject(new Error(`no matching Bot API call within ${timeoutMs} ms`));
        }, timeoutMs);
        callWaiters.add(check);
        check();
      });
    },
    async close() {
      state.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return double;
}

/** `attach://name` references point at multipart parts, as in Telegram. */
function resolveAttachments(params: Record<string, unknown>, files: Record<string, UploadedPart>) {
  for (const field of FILE_FIELDS) {
    const v = params[field];
    if (typeof v === 'string' && v.startsWith('attach://')) {
      const part = files[v.slice('attach://'.length)];
      if (part) files[field] = part;
    }
  }
}

function abortOnClose(req: IncomingMessage, res: ServerResponse): AbortSignal {
  const ac = new AbortController();
  res.on('close', () => ac.abort());
  req.on('aborted', () => ac.abort());
  return ac.signal;
}

const TEXT_FIELDS = new Set(['text', 'caption', 'title', 'performer', 'file_name']);

function tryJson(key: string, v: string): unknown {
  if (TEXT_FIELDS.has(key)) return v;
  if (/^[[{]/.test(v) || /^-?\d+$/.test(v) || v === 'true' || v === 'false') {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const newFileUniqueId = () => randomUUID().replace(/-/g, '').slice(0, 16);
