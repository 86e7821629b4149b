import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import type { Logger } from '../logger.js';
import { checkUrl, guardedLookup, type NetworkPolicy } from './guard.js';

/**
 * A local forward proxy that applies the network guard to programs we cannot patch: yt-dlp and
 * the ffmpeg it starts are pointed at it with --proxy, so every page, playlist and fragment they
 * fetch passes the same checks as our own downloads. Listens on loopback only.
 */
export async function startGuardProxy(
  policy: NetworkPolicy,
  log: Logger,
): Promise<{ url: string; close(): Promise<void> }> {
  const lookup = guardedLookup(policy);
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    let target: URL;
    try {
      target = checkUrl(req.url ?? '', policy);
    } catch {
      res.writeHead(403).end('blocked by pishtaz network guard');
      return;
    }
    const upstream = httpRequest(
      target,
      { method: req.method, headers: stripHopHeaders(req), lookup: lookup as never, timeout: 30_000 },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
    upstream.on('error', (err) => {
      log.debug({ err: err.message, host: target.hostname }, 'guard proxy refused or failed');
      if (!res.headersSent) res.writeHead(403).end('blocked or unreachable');
      else res.destroy();
    });
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host, portText] = splitHostPort(req.url ?? '');
    const port = Number(portText ?? 443);
    try {
      checkUrl(`https://${host.includes(':') ? `[${host}]` : host}:${port}/`, policy);
    } catch {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect({ host, port, lookup: lookup as never, timeout: 30_000 }, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('timeout', () => upstream.destroy());
    upstream.on('error', () => client.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

function splitHostPort(authority: string): [string, string | undefined] {
  const v6 = authority.match(/^\[([^\]]+)\](?::(\d+))?$/);
  if (v6) return [v6[1]!, v6[2]];
  const i = authority.lastIndexOf(':');
  return i > 0 ? [authority.slice(0, i), authority.slice(i + 1)] : [authority, undefined];
}

function stripHopHeaders(req: IncomingMessage): Record<string, string | string[] | undefined> {
  const headers = { ...req.headers };
  for (const h of ['proxy-connection', 'proxy-authorization', 'connection', 'keep-alive']) delete headers[h];
  return headers;
}
