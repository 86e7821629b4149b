import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { nodeHttp } from '../http/node-http.js';

/**
 * The operator's proxy behind the guard proxy (YTDLP_PROXY, or PROXY_URL with
 * ALLOW_DOWNLOAD_VIA_PROXY): http or https, with or without credentials. It is only ever handed
 * an address the guard has checked, never a name it would look up again.
 */
export function upstreamOf(raw: string): URL {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`the download proxy must be http:// or https:// (got ${url.protocol})`);
  return url;
}

const portOf = (via: URL) => Number(via.port || (via.protocol === 'https:' ? 443 : 80));

function authHeader(via: URL): Record<string, string> {
  if (!via.username) return {};
  const basic = `${decodeURIComponent(via.username)}:${decodeURIComponent(via.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(basic).toString('base64')}` };
}

/** A plain-http request in absolute form through the upstream. */
export function requestThrough(
  via: URL,
  absoluteUrl: string,
  options: RequestOptions,
  answer: (res: IncomingMessage) => void,
): ClientRequest {
  const send = via.protocol === 'https:' ? httpsRequest : nodeHttp.request;
  return send(
    {
      ...options,
      host: via.hostname,
      port: portOf(via),
      path: absoluteUrl,
      headers: { ...options.headers, ...authHeader(via) },
    },
    answer,
  );
}

/** CONNECT through the upstream; `joined` gets the socket once the upstream answers 200. */
export function tunnelThrough(
  via: URL,
  authority: string,
  joined: (s: Socket) => void,
  refuse: () => void,
): void {
  const opts = { host: via.hostname, port: portOf(via), timeout: 30_000 };
  const socket =
    via.protocol === 'https:' ? tlsConnect({ ...opts, servername: via.hostname }) : connect(opts);
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
  const auth = Object.entries(authHeader(via)).map(([k, v]) => `${k}: ${v}\r\n`);
  socket.on(via.protocol === 'https:' ? 'secureConnect' : 'connect', () =>
    socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth.join('')}\r\n`),
  );
  socket.on('data', onData);
  socket.on('timeout', () => socket.destroy());
  socket.on('error', refuse);
}
