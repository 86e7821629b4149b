import { autoRetry } from '@grammyjs/auto-retry';
import { Api, type Transformer } from 'grammy';
import type { Heartbeat } from '../health/health.js';
import { withDeadline } from '../lifecycle/deadline.js';
import { metrics } from '../metrics/metrics.js';
import { processThrottle } from './throttle.js';

/**
 * auto-retry for every call but getUpdates: the runner and its supervisor retry polling at
 * once, while auto-retry's growing backoff would keep a recovered Telegram waiting.
 */
function retryExceptPolling(): Transformer {
  const retry = autoRetry({
    maxRetryAttempts: 5,
    maxDelaySeconds: 60,
    rethrowInternalServerErrors: false,
    rethrowHttpErrors: false,
  });
  return (prev, method, payload, signal) =>
    method === 'getUpdates' ? prev(method, payload, signal) : retry(prev, method, payload, signal);
}

/** Long-poll seconds and the hard deadline for one getUpdates, derived from the stall limit. */
export function pollTimings(stallMs: number) {
  const pollSeconds = Math.max(0, Math.min(25, Math.floor(stallMs / 3000)));
  const hardMs = pollSeconds * 1000 + Math.max(2000, Math.min(10_000, stallMs / 2));
  return { pollSeconds, hardMs };
}

/** Beats on every successful getUpdates and cuts off a getUpdates that hangs. */
function pollingWatch(heartbeat: Heartbeat, hardMs: number): Transformer {
  return async (prev, method, payload, signal) => {
    if (method !== 'getUpdates') return prev(method, payload, signal);
    const deadline = withDeadline(hardMs, signal as AbortSignal | undefined);
    try {
      const res = await prev(method, payload, deadline.signal as unknown as typeof signal);
      if (res.ok) heartbeat.beat();
      return res;
    } finally {
      deadline.clear();
    }
  };
}

/** Each attempt of each call, with its outcome and a 429's retry_after, for /metrics. */
const countCalls: Transformer = async (prev, method, payload, signal) => {
  try {
    const res = await prev(method, payload, signal);
    if (res.ok) metrics.telegramCall(method, 'ok');
    else if (res.error_code === 429) metrics.telegramCall(method, '429', res.parameters?.retry_after ?? 0);
    else metrics.telegramCall(method, 'error');
    return res;
  } catch (err) {
    metrics.telegramCall(method, 'error');
    throw err;
  }
};

export function configureApi(api: Api, deps: { heartbeat?: Heartbeat; stallMs: number }): void {
  api.config.use(countCalls);
  // The last installed transformer runs first: auto-retry wraps the throttle, which wraps the
  // polling watch, so every attempt is throttled and each getUpdates attempt has its own deadline.
  if (deps.heartbeat) api.config.use(pollingWatch(deps.heartbeat, pollTimings(deps.stallMs).hardMs));
  // The bot's own client answers users: its calls go before queued background work.
  api.config.use(processThrottle.interactive);
  api.config.use(retryExceptPolling());
}

/**
 * A separate client for background work: uploads get long timeouts and retries (the file is
 * re-read on each try); status edits get no retries, since a stale edit should be dropped.
 */
export function createApiClient(
  token: string,
  opts: {
    apiRoot: string;
    timeoutSeconds: number;
    retries: boolean;
    baseFetchConfig?: object;
    /** `waiting`: the queue places of jobs not yet running, which never hold up other work. */
    lane?: 'background' | 'waiting';
    /** Sends some calls itself (uploads from disk); throttle, retries and metrics wrap it. */
    transport?: Transformer;
  },
): Api {
  const api = new Api(token, {
    apiRoot: opts.apiRoot,
    timeoutSeconds: opts.timeoutSeconds,
    baseFetchConfig: opts.baseFetchConfig,
  });
  if (opts.transport) api.config.use(opts.transport);
  api.config.use(countCalls);
  api.config.use(processThrottle[opts.lane ?? 'background']);
  if (opts.retries) api.config.use(retryExceptPolling());
  return api;
}
