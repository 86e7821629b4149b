import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealth } from '../../src/health/health.js';
import { createHttpHandler, startHttpServer } from '../../src/http/server.js';
import { rawRequest } from '../support/raw-http.js';

describe('the HTTP server', () => {
  let mounted = 0;
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  let base: string;
  beforeAll(async () => {
    const health = createHealth();
    health.register('database', () => ({ ok: true }));
    const handler = createHttpHandler({
      name: 'pishtaz',
      version: '9.9.9',
      mode: 'polling',
      role: 'all',
      health,
      queueCounts: async () => ({ queued: 2, running: 1 }),
      startedAt: Date.now(),
      mount: (app) => {
        mounted++;
        app.get('/page', (c) => c.text('a page'));
      },
    });
    server = await startHttpServer(handler, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close());

  it('answers /health, / and /ping itself, and loads the pages only when one is asked for', async () => {
    const health = await fetch(`${base}/health?probe=1`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toBe('application/json');
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const head = await fetch(`${base}/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(await (await fetch(`${base}/`)).json()).toMatchObject({
      name: 'pishtaz',
      version: '9.9.9',
      queue: { queued: 2, running: 1 },
    });
    expect(await (await fetch(`${base}/ping`)).text()).toBe('pong');
    expect(mounted).toBe(0);

    const page = await fetch(`${base}/page`);
    expect(await page.text()).toBe('a page');
    await fetch(`${base}/page`);
    expect(mounted).toBe(1);
  });

  it('answers anything else with a JSON 404, and odd request targets without falling over', async () => {
    for (const [method, path] of [
      ['POST', '/health'],
      ['DELETE', '/'],
      ['GET', '/webhook'],
      ['POST', '/webhook'],
      ['GET', '/health/'],
      ['GET', '/nope'],
    ] as const) {
      const res = await fetch(`${base}${path}`, { method });
      expect([method, path, res.status]).toEqual([method, path, 404]);
      expect(await res.json()).toEqual({ error: 'not found' });
    }
    for (const target of ['*', 'http://169.254.169.254/health', '/%zz', '//health']) {
      const answer = await rawRequest(
        server.port,
        `GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 (400|404) /);
    }
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});
