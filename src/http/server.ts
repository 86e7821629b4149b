import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Hono } from 'hono';
import type { Health } from '../health/health.js';
import { nodeHttp } from './node-http.js';

export type RawHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpDeps {
  name: string;
  version: string;
  mode: string;
  role: string;
  health: Health;
  queueCounts: () => Promise<{ queued: number; running: number }>;
  startedAt: number;
  /** POST /webhook, when this process takes updates that way. */
  webhook?: RawHandler;
  /** The pages (dashboard, file links, metrics), mounted when the first one is asked for. */
  mount?: (app: Hono) => void;
}

export const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(res.req.method === 'HEAD' ? undefined : text);
};

/**
 * What the host, Telegram and uptime monitors call (/health, /, /ping, /webhook) is answered
 * here on plain node:http; everything else goes to the web app (web-app.ts), loaded on first use.
 */
export function createHttpHandler(deps: HttpDeps): RawHandler {
  let web: Promise<RawHandler> | undefined;
  const toWeb: RawHandler = async (req, res) => {
    web ??= import('./web-app.js').then((m) => m.createWebListener(deps.mount));
    await (await web)(req, res);
  };
  return async (req, res) => {
    const read = req.method === 'GET' || req.method === 'HEAD';
    switch (read || req.method === 'POST' ? pathOf(req.url) : undefined) {
      case '/health': {
        if (!read) break;
        const report = await deps.health.report();
        return sendJson(res, report.status === 'ok' ? 200 : 503, report);
      }
      case '/':
        if (!read) break;
        return sendJson(res, 200, {
          name: deps.name,
          version: deps.version,
          mode: deps.mode,
          role: deps.role,
          uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
          // The database may be away (a restart): this page still answers; /health says why.
          queue: await deps.queueCounts().catch(() => null),
        });
      case '/ping':
        if (!read) break;
        res.writeHead(200, { 'content-type': 'text/plain; charset=UTF-8' });
        return void res.end(req.method === 'HEAD' ? undefined : 'pong');
      case '/webhook':
        if (req.method !== 'POST' || !deps.webhook) break;
        return deps.webhook(req, res);
    }
    return toWeb(req, res);
  };
}

/** The path of a request target, or undefined when it is not one (the web app answers those). */
function pathOf(target: string | undefined): string | undefined {
  if (!target?.startsWith('/')) return undefined;
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

export function startHttpServer(
  handler: RawHandler,
  port: number,
  host: string,
): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = nodeHttp.createServer((req, res) => {
      Promise.resolve(handler(req, res)).catch(() => sendJson(res, 500, { error: 'internal error' }));
    });
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        server,
        port: typeof address === 'object' && address ? address.port : port,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}
