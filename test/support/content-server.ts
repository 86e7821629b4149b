import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { gzipBomb } from './media.js';
import { paced, pacer } from './pace.js';

/**
 * A local website for tests and benchmarks: static files, generated streams of any size, and
 * misbehaving sources (slow, stalled, reset, lying about length, redirect loops, silent).
 */
export interface ContentServer {
  url: string;
  port: number;
  requests: { method: string; path: string; host: string; cookie?: string; referer?: string }[];
  /** Serve a file from disk at /files/<name> (`?rate=bytes/s` paces it). */
  addFile(name: string, file: string, contentType?: string): string;
  route(pathname: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

const CHUNK = randomBytes(64 * 1024);

/** sha256 of the first `size` bytes of the generated stream served by /gen. */
export function generatedSha256(size: number): string {
  const h = createHash('sha256');
  let left = size;
  while (left > 0) {
    const n = Math.min(left, CHUNK.length);
    h.update(n === CHUNK.length ? CHUNK : CHUNK.subarray(0, n));
    left -= n;
  }
  return h.digest('hex');
}

function writeGenerated(
  res: ServerResponse,
  size: number,
  opts: { delayMs?: number; stopAt?: number; resetAt?: number; bytesPerSecond?: number; step?: number } = {},
) {
  let sent = 0;
  const wait = pacer(() => opts.bytesPerSecond);
  const pump = () => {
    while (sent < size) {
      if (opts.stopAt !== undefined && sent >= opts.stopAt) return; // stall: keep the socket open, send nothing
      if (opts.resetAt !== undefined && sent >= opts.resetAt) return void res.socket?.destroy();
      // The stream is CHUNK over and over, whatever the size of each write.
      const at = sent % CHUNK.length;
      const n = Math.min(CHUNK.length - at, opts.step ?? CHUNK.length, size - sent);
      const ok = res.write(n === CHUNK.length ? CHUNK : CHUNK.subarray(at, at + n));
      sent += n;
      if (opts.delayMs) return void setTimeout(pump, opts.delayMs);
      if (opts.bytesPerSecond) {
        const ms = wait(n);
        if (!ok) return void res.once('drain', () => setTimeout(pump, wait(0)));
        if (ms >= 1) return void setTimeout(pump, ms);
        continue;
      }
      if (!ok) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => {
    sent = size;
  });
  pump();
}

export async function startContentServer(host = '127.0.0.1', port = 0): Promise<ContentServer> {
  const files = new Map<string, { file: string; type: string }>();
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const requests: ContentServer['requests'] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      host: req.headers.host ?? '',
      cookie: req.headers.cookie,
      referer: req.headers.referer,
    });
    const q = url.searchParams;
    const size = Number(q.get('size') ?? 1024);
    const custom = routes.get(url.pathname);
    if (custom) return custom(req, res);
    const head = req.method === 'HEAD';
    const file = url.pathname.startsWith('/files/')
      ? files.get(decodeURIComponent(url.pathname.slice(7)))
      : undefined;
    if (file) {
      const st = statSync(file.file);
      res.writeHead(200, { 'content-type': file.type, 'content-length': st.size });
      if (head) return res.end();
      const rate = Number(q.get('rate') ?? 0);
      if (rate)
        return void createReadStream(file.file)
          .pipe(paced(() => rate))
          .pipe(res);
      return void createReadStream(file.file).pipe(res);
    }
    switch (url.pathname) {
      case '/gen': // ?size=N[&name=x.bin][&nolength=1][&delay=ms][&rate=bytes/s][&step=bytes per write][&stall=bytes][&reset=bytes][&lie=bytes]
      case '/gen/file.bin': {
        const headers: Record<string, string | number> = {
          'content-type': q.get('type') ?? 'application/octet-stream',
        };
        if (!q.get('nolength')) headers['content-length'] = q.get('lie') ?? size;
        if (q.get('name'))
          headers['content-disposition'] =
            `attachment; filename*=UTF-8''${encodeURIComponent(q.get('name')!)}`;
        res.writeHead(200, headers);
        if (head) return res.end();
        return writeGenerated(res, size, {
          delayMs: q.get('delay') ? Number(q.get('delay')) : undefined,
          stopAt: q.get('stall') ? Number(q.get('stall')) : undefined,
          resetAt: q.get('reset') ? Number(q.get('reset')) : undefined,
          bytesPerSecond: q.get('rate') ? Number(q.get('rate')) : undefined,
          step: q.get('step') ? Number(q.get('step')) : undefined,
        });
      }
      case '/gzip-bomb': {
        // Compressing 200 MB is seconds of CPU: it is done once, and kept with the test media.
        const body = gzipBomb(size);
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-encoding': 'gzip',
          'content-length': body.length,
        });
        return res.end(head ? undefined : body);
      }
      case '/redirect':
        res.writeHead(302, { location: q.get('to') ?? '/' });
        return res.end();
      case '/loop':
        res.writeHead(302, { location: `/loop?n=${Number(q.get('n') ?? 0) + 1}` });
        return res.end();
      case '/silent':
        return; // accepts and never answers
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not found');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  const url = bound === 80 ? `http://${host}` : `http://${host}:${bound}`;
  return {
    url,
    port: bound,
    requests,
    addFile(name, file, contentType = 'application/octet-stream') {
      files.set(name, { file, type: contentType });
      return `${url}/files/${encodeURIComponent(name)}`;
    },
    route(p, handler) {
      routes.set(p, handler);
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export const basename = (p: string) => path.basename(p);
