import { createServer, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';

/**
 * A plain forward proxy (absolute-form requests and CONNECT), standing in for an operator's proxy
 * or a WARP exit: it records what it was asked and with which credentials, and may send a
 * destination elsewhere (`route`), e.g. port 80 of an address to a test server's own port, so no
 * test has to bind a privileged port.
 */
export async function startForwardProxy(
  route: (host: string, port: number) => { host: string; port: number } = (host, port) => ({ host, port }),
) {
  const asked: string[] = [];
  const auth: (string | undefined)[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    auth.push(req.headers['proxy-authorization']);
    const target = new URL(req.url ?? '');
    const to = route(target.hostname, Number(target.port || 80));
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const up = request(
      { host: to.host, port: to.port, method: req.method, path: target.pathname + target.search, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  server.on('connect', (req, client: Socket) => {
    asked.push(`CONNECT ${req.url}`);
    auth.push(req.headers['proxy-authorization']);
    const i = (req.url ?? '').lastIndexOf(':');
    const to = route(
      (req.url ?? '').slice(0, i).replace(/^\[|\]$/g, ''),
      Number((req.url ?? '').slice(i + 1)),
    );
    const up = connect(to.port, to.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.pipe(client);
      client.pipe(up);
    });
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    asked,
    auth,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
