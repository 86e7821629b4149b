import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Health } from '../health/health.js';

export interface HttpDeps {
  name: string;
  version: string;
  mode: string;
  role: string;
  health: Health;
  queueCounts: () => Promise<{ queued: number; running: number }>;
  startedAt: number;
  /** Extra routes (webhook, sandbox) mounted by the composition root. */
  mount?: (app: Hono) => void;
}

export function createHttpApp(deps: HttpDeps): Hono {
  const app = new Hono();
  app.get('/', async (c) =>
    c.json({
      name: deps.name,
      version: deps.version,
      mode: deps.mode,
      role: deps.role,
      uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
      // The database may be away (a restart): this page still answers; /health says why.
      queue: await deps.queueCounts().catch(() => null),
    }),
  );
  app.get('/ping', (c) => c.text('pong'));
  app.get('/health', async (c) => {
    const report = await deps.health.report();
    return c.json(report, report.status === 'ok' ? 200 : 503);
  });
  deps.mount?.(app);
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((_err, c) => c.json({ error: 'internal error' }, 500));
  return app;
}

export function startHttpServer(
  app: Hono,
  port: number,
  host: string,
): Promise<{ server: ServerType; port: number; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) =>
      resolve({
        server,
        port: info.port,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      }),
    );
    server.once('error', reject);
  });
}
