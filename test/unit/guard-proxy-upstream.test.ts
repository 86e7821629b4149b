import { request } from 'node:http';
import { connect } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolve } from '../../src/net/guard.js';
import { startGuardProxy } from '../../src/net/guard-proxy.js';
import { type ContentServer, startContentServer } from '../support/content-server.js';
import { startForwardProxy } from '../support/forward-proxy.js';

const viaProxy = (proxy: string, url: string) =>
  new Promise<number>((resolve, reject) => {
    const p = new URL(proxy);
    const host = URL.canParse(url) ? new URL(url).host : 'x';
    request({ host: p.hostname, port: p.port, path: url, headers: { host } }, (res) => {
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
  let upstream: Awaited<ReturnType<typeof startForwardProxy>>;
  let guard: Awaited<ReturnType<typeof startGuardProxy>>;
  beforeAll(async () => {
    web = await startContentServer();
    upstream = await startForwardProxy();
    // 127.0.0.1 stands for an allowed (public) address; every other private address is refused.
    guard = await startGuardProxy(
      { allowPrivate: false, allowlist: ['127.0.0.1'] },
      pino({ level: 'silent' }),
      upstream.url,
    );
  });
  afterAll(async () => {
    await guard.close();
    await upstream.close();
    await web.close();
  });

  it('sends allowed destinations through the upstream', async () => {
    expect(await viaProxy(guard.url, `${web.url}/gen?size=10`)).toBe(200);
    expect(upstream.asked).toEqual([`${web.url}/gen?size=10`]);
  });

  it('refuses private and metadata addresses before the upstream hears of them', async () => {
    const before = upstream.asked.length;
    expect(await viaProxy(guard.url, 'http://169.254.169.254/latest/meta-data/')).toBe(403);
    expect(await tunnel(guard.url, '10.0.0.1:443')).toMatch(/ 403 /);
    expect(await tunnel(guard.url, 'localhost:22')).toMatch(/ 403 /);
    expect(upstream.asked.length).toBe(before);
  });
});

describe('the guard proxy treats every request as hostile', () => {
  let web: ContentServer;
  let upstream: Awaited<ReturnType<typeof startForwardProxy>>;
  const log = pino({ level: 'silent' });
  beforeAll(async () => {
    web = await startContentServer();
    upstream = await startForwardProxy();
  });
  afterAll(async () => {
    await upstream.close();
    await web.close();
  });

  it('answers an absolute https:// request and a bare path with 400 and goes on serving', async () => {
    const guard = await startGuardProxy({ allowPrivate: false, allowlist: ['127.0.0.1'] }, log);
    expect(await viaProxy(guard.url, `https://127.0.0.1:${web.port}/gen?size=10`)).toBe(400);
    expect(await viaProxy(guard.url, '/gen?size=10')).toBe(403);
    expect(await viaProxy(guard.url, `${web.url}/gen?size=10`)).toBe(200);
    await guard.close();
  });

  it('tunnels only to the web ports, and never to an IPv4-compatible IPv6 address', async () => {
    const guard = await startGuardProxy({ allowPrivate: false, allowlist: ['127.0.0.1'] }, log, upstream.url);
    const before = upstream.asked.length;
    // An allowed address (the allowlist's), refused for its port before anything is connected.
    expect(await tunnel(guard.url, '127.0.0.1:22')).toMatch(/ 403 /);
    expect(await tunnel(guard.url, `127.0.0.1:${web.port}`)).toMatch(/ 403 /);
    expect(await tunnel(guard.url, '[::7f00:1]:443')).toMatch(/ 403 /);
    expect(await viaProxy(guard.url, 'http://[::127.0.0.1]/')).toBe(403);
    expect(upstream.asked.length).toBe(before);
    await guard.close();
  });

  it('hands the upstream the address it checked, never the name, with the credentials', async () => {
    const creds = new URL(upstream.url);
    creds.username = 'op';
    creds.password = 's3cret-pass';
    // A name that resolves (in this test's own table) to the content server's address, allowed here
    // with any port as private networks are; the system's resolver is never asked.
    const table: Resolve = (host, _o, cb) =>
      host === 'videos.example'
        ? cb(null, [{ address: '127.0.0.1', family: 4 }])
        : cb(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []);
    const guard = await startGuardProxy({ allowPrivate: true, allowlist: [] }, log, creds.href, table);
    const before = upstream.asked.length;
    expect(await viaProxy(guard.url, `http://videos.example:${web.port}/gen?size=10`)).toBe(200);
    expect(await tunnel(guard.url, `videos.example:${web.port}`)).toMatch(/ 200 /);
    expect(upstream.asked.slice(before)).toEqual([
      `http://127.0.0.1:${web.port}/gen?size=10`,
      `CONNECT 127.0.0.1:${web.port}`,
    ]);
    const basic = `Basic ${Buffer.from('op:s3cret-pass').toString('base64')}`;
    expect(upstream.auth.slice(before)).toEqual([basic, basic]);
    // The content server saw the name the client asked for.
    expect(web.requests.at(-1)?.host).toBe(`videos.example:${web.port}`);
    await guard.close();
  });
});
