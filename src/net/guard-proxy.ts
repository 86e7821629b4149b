import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import type { Logger } from '../logger.js';
import { checkUrl, guardedLookup, type NetworkPolicy } from './guard.js';

/**
 * A local forward proxy that applies the network guard to programs we cannot patch: yt-dlp and
 * the ffmpeg it starts are pointed at it with --proxy, so every page, playlist and fragment they
 * fetch passes the same checks as our own downloads. Listens on loopback only.
 *
 * With `upstream` (YTDLP_PROXY: a WARP or residential exit), each destination is still checked
 * here first (its name must resolve to allowed addresses), and then reached through the upstream.
 */
export async function startGuardProxy(
  policy: NetworkPolicy,
  log: Logger,
  upstream?: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const lookup = guardedLookup(policy);
  const via = upstream ? new URL(upstream) : undefined;
  const checkDestination = (host: string) =>
    new Promise<void>((resolve, reject) =>
      lookup(host, { all: true }, (err) => (err ? reject(err) : resolve())),
    );
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    let target: URL;
    try {
      target = checkUrl(req.url ?? '', policy);
    } catch {
      res.writeHead(403).end('blocked by pishtaz network guard');
      return;
    }
    if (via) {
      checkDestination(target.hostname).then(
        () =>
          forward(req, res, target, { host: via.hostname, port: Number(via.port || 80), path: target.href }),
        () => res.writeHead(403).end('blocked by pishtaz network guard'),
      );
      return;
    }
    forward(req, res, target, { lookup: lookup as never });
  });

  function forward(
    req: IncomingMessage,
    res: import('node:http').ServerResponse,
    target: URL,
    how: { lookup: never } | { host: string; port: number; path: string },
  ) {
    const options = { method: req.method, headers: stripHopHeaders(req), timeout: 30_000 };
    // Directly: to the target, every connect through the guarded lookup. Via the upstream: the
    // absolute URL as the path, as proxies expect.
    const answer = (up: import('node:http').IncomingMessage) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    };
    const upstream =
      'lookup' in how
        ? httpRequest(target, { ...options, lookup: how.lookup }, answer)
        : httpRequest({ ...options, host: how.host, port: how.port, path: how.path }, answer);
    upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
    upstream.on('error', (err) => {
      log.debug({ err: err.message, host: target.hostname }, 'guard proxy refused or failed');
      if (!res.headersSent) res.writeHead(403).end('blocked or unreachable');
      else res.destroy();
    });
    req.pipe(upstream);
  }

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host, portText] = splitHostPort(req.url ?? '');
    const port = Number(portText ?? 443);
    try {
      checkUrl(`https://${host.includes(':') ? `[${host}]` : host}:${port}/`, policy);
    } catch {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const joined = (upstream: Socket) => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    };
    const refuse = () => client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    client.on('error', () => client.destroy());
    if (via) {
      checkDestination(host).then(
        () => tunnelThrough(via, `${host.includes(':') ? `[${host}]` : host}:${port}`, joined, refuse),
        refuse,
      );
      return;
    }
    const upstream = connect({ host, port, lookup: lookup as never, timeout: 30_000 }, () =>
      joined(upstream),
    );
    upstream.on('timeout', () => upstream.destroy());
    upstream.on('error', refuse);
    client.on('close', () => upstream.destroy());
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

/** CONNECT through the upstream proxy; `joined` gets the socket once the upstream answers 200. */
function tunnelThrough(via: URL, authority: string, joined: (s: Socket) => void, refuse: () => void) {
  const socket = connect({ host: via.hostname, port: Number(via.port || 80), timeout: 30_000 });
  let answer = '';
  const onData = (d: Buffer) => {
    answer += d.toString('latin1');
    const end = answer.indexOf('\r\n\r\n');
    if (end < 0) {
      if (answer.length > 16_384) socket.destroy();
      return;
    }
    socket.off('data', onData);
    if (!/^HTTP\/1\.[01] 200/.test(answer)) {
      socket.destroy();
      return refuse();
    }
    const rest = Buffer.from(answer.slice(end + 4), 'latin1');
    if (rest.length) socket.unshift(rest);
    joined(socket);
  };
  socket.on('connect', () => socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n\r\n`));
  socket.on('data', onData);
  socket.on('timeout', () => socket.destroy());
  socket.on('error', refuse);
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
