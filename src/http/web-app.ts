import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * The pages people open (dashboard, file links, /metrics) as one Hono app. @hono/node-server
 * builds on the global Request and Response, that is on Node's bundled undici (about 11 MiB), so
 * this module is loaded on the first request for a page, not at start.
 */
export function createWebListener(mount: ((app: Hono) => void) | undefined) {
  const app = new Hono();
  mount?.(app);
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((_err, c) => c.json({ error: 'internal error' }, 500));
  return getRequestListener(app.fetch);
}
