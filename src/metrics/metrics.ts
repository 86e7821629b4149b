import { timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import type { Counter, Histogram, Registry } from 'prom-client';

/**
 * What a monitoring system scrapes at `/metrics` (Prometheus text format), on every process. Off
 * unless METRICS_TOKEN is set: then prom-client is loaded, the registry made, and the recorders
 * below start counting; until then they cost nothing (an idle bot does not pay for the client).
 */
interface Instruments {
  registry: Registry;
  jobs: Counter<'outcome' | 'site'>;
  jobSeconds: Histogram<'outcome'>;
  phaseSeconds: Histogram<'phase'>;
  bytes: Counter<'direction'>;
  telegramCalls: Counter<'method' | 'outcome'>;
  retryAfter: Histogram;
  ytdlpFailures: Counter<'class'>;
  storageErrors: Counter;
}

let on: Instruments | undefined;

export const metrics = {
  jobEnded(outcome: string, site: string, seconds: number) {
    on?.jobs.inc({ outcome, site });
    on?.jobSeconds.observe({ outcome }, seconds);
  },
  /** A job left a phase (probing, downloading, uploading, processing) after this long. */
  phaseEnded(phase: string, seconds: number) {
    on?.phaseSeconds.observe({ phase }, seconds);
  },
  bytes(direction: 'downloaded' | 'uploaded' | 'served', n: number) {
    if (n > 0) on?.bytes.inc({ direction }, n);
  },
  telegramCall(method: string, outcome: 'ok' | 'error' | '429', retryAfterSeconds?: number) {
    on?.telegramCalls.inc({ method, outcome });
    if (retryAfterSeconds !== undefined) on?.retryAfter.observe(retryAfterSeconds);
  },
  ytdlpFailure(cls: string) {
    on?.ytdlpFailures.inc({ class: cls });
  },
  storageError() {
    on?.storageErrors.inc();
  },
};

/** Loads prom-client and makes the registry; `queue` is read at each scrape. */
export async function enableMetrics(deps: {
  queue: () => Promise<{ queued: number; running: number; oldestQueuedAt: number | null }>;
  role: string;
}): Promise<Registry> {
  const prom = await import('prom-client');
  const registry = new prom.Registry();
  registry.setDefaultLabels({ role: deps.role });
  // Process RSS, heap, event-loop lag and GC, as the Node client names them.
  prom.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const r = { registers: [registry] };
  // Gauges read at each scrape (two small queries every scrape interval); registering is enough.
  new prom.Gauge({
    name: 'pishtaz_queue_jobs',
    help: 'Jobs in the queue by state (all processes)',
    labelNames: ['state'],
    ...r,
    async collect() {
      const c = await deps.queue().catch(() => undefined);
      if (!c) return;
      this.set({ state: 'queued' }, c.queued);
      this.set({ state: 'running' }, c.running);
    },
  });
  new prom.Gauge({
    name: 'pishtaz_queue_oldest_wait_seconds',
    help: 'How long the job waiting longest has waited (0 when none waits)',
    ...r,
    async collect() {
      const c = await deps.queue().catch(() => undefined);
      if (c) this.set(c.oldestQueuedAt === null ? 0 : (Date.now() - c.oldestQueuedAt) / 1000);
    },
  });
  on = {
    registry,
    jobs: new prom.Counter({
      name: 'pishtaz_jobs_total',
      help: 'Jobs ended, by outcome and site (a known site, else other)',
      labelNames: ['outcome', 'site'],
      ...r,
    }),
    jobSeconds: new prom.Histogram({
      name: 'pishtaz_job_duration_seconds',
      help: 'From start to end of a job run',
      labelNames: ['outcome'],
      buckets: [1, 5, 15, 60, 300, 900, 3600],
      ...r,
    }),
    phaseSeconds: new prom.Histogram({
      name: 'pishtaz_job_phase_duration_seconds',
      help: 'Time a job spent in each phase',
      labelNames: ['phase'],
      buckets: [0.5, 2, 10, 30, 120, 600, 3600],
      ...r,
    }),
    bytes: new prom.Counter({
      name: 'pishtaz_bytes_total',
      help: 'Bytes downloaded, uploaded to Telegram and served',
      labelNames: ['direction'],
      ...r,
    }),
    telegramCalls: new prom.Counter({
      name: 'pishtaz_telegram_calls_total',
      help: 'Bot API calls by method and outcome',
      labelNames: ['method', 'outcome'],
      ...r,
    }),
    retryAfter: new prom.Histogram({
      name: 'pishtaz_telegram_retry_after_seconds',
      help: 'retry_after of 429 answers',
      buckets: [1, 3, 10, 30, 60, 300],
      ...r,
    }),
    ytdlpFailures: new prom.Counter({
      name: 'pishtaz_ytdlp_failures_total',
      help: 'yt-dlp failures by class',
      labelNames: ['class'],
      ...r,
    }),
    storageErrors: new prom.Counter({
      name: 'pishtaz_storage_unavailable_total',
      help: 'Database calls that met an outage',
      ...r,
    }),
  };
  return registry;
}

/** GET /metrics with `Authorization: Bearer <token>` (compared in constant time); 401 otherwise. */
export function mountMetrics(app: Hono, deps: { token: string; registry: Registry }) {
  const expected = Buffer.from(`Bearer ${deps.token}`);
  app.get('/metrics', async (c) => {
    const given = Buffer.from(c.req.header('authorization') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return c.json({ error: 'unauthorized' }, 401);
    return c.body(await deps.registry.metrics(), 200, { 'content-type': deps.registry.contentType });
  });
}
