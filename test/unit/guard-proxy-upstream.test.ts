import { createServer, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuardProxy } from '../../src/net/guard-proxy.js';
import { type ContentServer, startContentServer } from '../support/content-server.js';

/** A plain forward proxy standing in for a WARP or residential exit: it records what it was asked. */
async function startUpstream() {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    const target = new URL(req.url ?? '');
    request(target, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    }).end();
  });
  server.on('connect', (req, client: Socket) => {
    asked.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const up = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.pipe(client);
      client.pipe(up);
    });
    up.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    asked,
    close: () => server.close(),
  };
}

const viaProxy = (proxy: string, url: string) =>
  new Promise<number>((resolve, reject) => {
    const p = new URL(proxy);
    request({ host: p.hostname, port: p.port, path: url, headers: { host: new URL(url).host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });

const tunnel = (proxy: string, authority: string) =>
  new Promise<string>((resolve) => {
    const p = new URL(proxy);
    const s = connect(Number(p.port), p.hostname, () =>
      s.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n\r\n`),
    );
    s.once('data', (d) => {
      resolve(d.toString().split('\r\n')[0]!);
      s.destroy();
    });
  });

describe('YTDLP_PROXY: the guard first, then the upstream proxy', () => {
  let web: ContentServer;
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let guard: Awaited<ReturnType<typeof startGuardProxy>>;
  beforeAll(async () => {
    web = await startContentServer();
    upstream = await startUpstream();
    // 127.0.0.1 stands for an allowed (public) address; every other private address is refused.
    guard = await startGuardProxy(
      { allowPrivate: false, allowlist: ['127.0.0.1'] },
      pino({ level: 'silent' }),
      upstream.url,
    );
  });
  afterAll(async () => {
    await guard.close();
    upstream.close();
    await web.close();
  });

  it('sends allowed destinations through the upstream, plain and tunnelled', async () => {
    expect(await viaProxy(guard.url, `${web.url}/gen?size=10`)).toBe(200);
    expect(await tunnel(guard.url, `127.0.0.1:${web.port}`)).toMatch(/ 200 /);
    expect(upstream.asked).toEqual([`${web.url}/gen?size=10`, `CONNECT 127.0.0.1:${web.port}`]);
  });

  it('refuses private and metadata addresses before the upstream hears of them', async () => {
    const before = upstream.asked.length;
    expect(await viaProxy(guard.url, 'http://169.254.169.254/latest/meta-data/')).toBe(403);
    expect(await tunnel(guard.url, '10.0.0.1:443')).toMatch(/ 403 /);
    expect(await tunnel(guard.url, 'localhost:22')).toMatch(/ 403 /);
    expect(upstream.asked.length).toBe(before);
  });
});
