import { createRequire } from 'node:module';
import type { Dispatcher } from 'undici';

type Undici = typeof import('undici');
type Options<T> = Omit<T, 'origin' | 'path'>;

export interface UndiciParts {
  Agent: Undici['Agent'];
  ProxyAgent: Undici['ProxyAgent'];
  request(
    dispatcher: Dispatcher,
    url: URL,
    options: Options<Dispatcher.RequestOptions>,
  ): Promise<Dispatcher.ResponseData>;
  stream(
    dispatcher: Dispatcher,
    url: URL,
    options: Options<Dispatcher.RequestOptions>,
    factory: Dispatcher.StreamFactory,
  ): Promise<Dispatcher.StreamData>;
}

/**
 * undici's agents and its request and stream calls, without the package index: the index also
 * loads fetch, WebSocket, caches and mocks, about 6 MiB more resident memory on an instance that
 * has 512 MB in all. These files are undici's own entry points for the same functions; the
 * lockfile pins the version, and the download tests exercise every one of them.
 */
export function loadUndici(): UndiciParts {
  const require = createRequire(import.meta.url);
  const request = require('undici/lib/api/api-request.js') as (
    opts: object,
  ) => Promise<Dispatcher.ResponseData>;
  const stream = require('undici/lib/api/api-stream.js') as (
    opts: object,
    factory: Dispatcher.StreamFactory,
  ) => Promise<Dispatcher.StreamData>;
  const target = (url: URL) => ({ origin: url.origin, path: `${url.pathname}${url.search}` });
  return {
    Agent: require('undici/lib/dispatcher/agent.js') as Undici['Agent'],
    ProxyAgent: require('undici/lib/dispatcher/proxy-agent.js') as Undici['ProxyAgent'],
    request: (dispatcher, url, options) => request.call(dispatcher, { ...options, ...target(url) }),
    stream: (dispatcher, url, options, factory) =>
      stream.call(dispatcher, { ...options, ...target(url) }, factory),
  };
}
