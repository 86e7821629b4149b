import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { nodeHttp } from '../http/node-http.js';
import type { Logger } from '../logger.js';
import { checkUrl, guardedLookup, type NetworkPolicy, type Resolve } from './guard.js';
import { requestThrough, tunnelThrough, upstreamOf } from './upstream-proxy.js';

/**
 * Ports a tunnel may reach: the web's, so a page cannot make yt-dlp speak to a mail or SSH
 * server (any port only where private networks are allowed altogether).
 */
const TUNNEL_PORTS = new Set([80, 443]);

/**
 * A local forward proxy that applies the network guard to programs we cannot patch: yt-dlp, the
 * ffmpeg it starts, gallery-dl and Chromium are pointed at it, so every page, playlist and
 * fragment they fetch passes the same checks as our own downloads. Listens on loopback only;
 * every request is hostile until checked: only absolute `http://` requests and CONNECT to ports
 * 80 and 443; anything else is answered 400 or 403.
 *
 * With `upstream` (YTDLP_PROXY, or PROXY_URL with ALLOW_DOWNLOAD_VIA_PROXY), each destination's
 * name is resolved and checked here, and the upstream is handed that address, never the name (a
 * second lookup there could answer differently).
 */
export async function startGuardProxy(
  policy: NetworkPolicy,
  log: Logger,
  upstream?: string,
  resolve?: Resolve,
): Promise<{ url: string; close(): Promise<void> }> {
  const lookup = guardedLookup(policy, resolve);
  const via = upstream ? upstreamOf(upstream) : undefined;
  /** The checked address of a destination, as a URL host (IPv6 in brackets). */
  const resolveChecked = (host: string) =>
    new Promise<string>((resolve, reject) =>
      lookup(host, { all: false }, (err, address) =>
        err ? reject(err) : resolve(String(address).includes(':') ? `[${address}]` : String(address)),
      ),
    );
  const sockets = new Set<Socket>();

  const server: Server = nodeHttp.createServer((req, res) => {
    let target: URL;
    try {
      target = checkUrl(req.url ?? '', policy);
    } catch {
      res.writeHead(403).end('blocked by pishtaz network guard');
      return;
    }
    // https is reached through CONNECT; an absolute https:// request is not a proxy request.
    if (target.protocol !== 'http:') {
      res.writeHead(400).end('use CONNECT for https');
      return;
    }
    if (!via)
      return forward(req, res, target, (answer) =>
        nodeHttp.request(target, { ...options(req), lookup: lookup as never }, answer),
      );
    resolveChecked(target.hostname).then(
      (address) => {
        const pinned = new URL(target.href);
        pinned.hostname = address;
        forward(req, res, target, (answer) =>
          requestThrough(via, pinned.href, { ...options(req), headers: withHost(req, target) }, answer),
        );
      },
      () => res.writeHead(403).end('blocked by pishtaz network guard'),
    );
  });

  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    target: URL,
    open: (answer: (up: IncomingMessage) => void) => import('node:http').ClientRequest,
  ) {
    const up = open((answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    up.on('timeout', () => up.destroy(new Error('upstream timeout')));
    up.on('error', (err) => {
      log.debug({ err: err.message, host: target.hostname }, 'guard proxy refused or failed');
      if (!res.headersSent) res.writeHead(403).end('blocked or unreachable');
      else res.destroy();
    });
    req.pipe(up);
  }

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    client.on('error', () => client.destroy());
    const refuse = () => client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const [host, portText] = splitHostPort(req.url ?? '');
    const port = Number(portText ?? 443);
    try {
      if (!TUNNEL_PORTS.has(port) && !policy.allowPrivate) throw new Error('port');
      checkUrl(`https://${host.includes(':') ? `[${host}]` : host}:${port}/`, policy);
    } catch {
      return refuse();
    }
    const joined = (upstream: Socket) => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
      client.on('close', () => upstream.destroy());
    };
    if (via) {
      resolveChecked(host).then(
        (address) => tunnelThrough(via, `${address}:${port}`, joined, refuse),
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
  server.on('clientError', (_err, socket) => socket.destroy());
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

const options = (req: IncomingMessage) => ({
  method: req.method,
  headers: stripHopHeaders(req),
  timeout: 30_000,
});

/** The request's Host stays the name the client asked for, while the upstream gets the address. */
const withHost = (req: IncomingMessage, target: URL) => ({ ...stripHopHeaders(req), host: target.host });

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
