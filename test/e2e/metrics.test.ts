import { readFileSync } from 'node:fs';
import path from 'node:path';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';

type Family = {
  name: string;
  type: string;
  metrics: { value?: string; labels?: Record<string, string> }[];
};

describe('GET /metrics', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('counts what happened, in Prometheus text a parser reads, only with the bearer token', async () => {
    const bot = await h.start({ METRICS_TOKEN: 'scrape-me-7d1' }, 'metrics');
    const u = user(7401);
    h.api.sendText(u, `${h.web.url}/gen?size=300000&name=m.bin`);
    await h.waitForFile(u.id);
    h.api.sendText(u, `${h.web.url}/missing`);
    await h.waitForText(u.id, /error 404/);

    const scrape = (auth?: string) =>
      fetch(`${bot.baseUrl}/metrics`, { headers: auth ? { authorization: auth } : {} });
    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer wrong-token-xx')).status).toBe(401);
    const res = await scrape('Bearer scrape-me-7d1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    const families = parsePrometheusTextFormat(text) as Family[];
    const family = (name: string) => families.find((f) => f.name === name);
    const value = (name: string, labels: Record<string, string>) =>
      Number(
        family(name)?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))
          ?.value ?? Number.NaN,
      );
    expect(value('pishtaz_jobs_total', { outcome: 'delivered', site: 'other' })).toBe(1);
    expect(value('pishtaz_jobs_total', { outcome: 'http-status', site: 'other' })).toBe(1);
    // Hosts users send are not labels: few series, and nothing of where users go.
    expect(text).not.toContain(new URL(h.web.url).hostname);
    expect(value('pishtaz_bytes_total', { direction: 'downloaded' })).toBe(300000);
    expect(value('pishtaz_bytes_total', { direction: 'uploaded' })).toBe(300000);
    expect(value('pishtaz_telegram_calls_total', { method: 'sendDocument', outcome: 'ok' })).toBe(1);
    expect(value('pishtaz_queue_jobs', { state: 'queued' })).toBe(0);
    expect(value('pishtaz_queue_oldest_wait_seconds', { role: 'all' })).toBe(0);
    // The delivered job went through the phases the status showed: probing, downloading, uploading.
    for (const phase of ['starting', 'probing', 'downloading'])
      expect(text).toMatch(
        new RegExp(`^pishtaz_job_phase_duration_seconds_count\\{[^}]*phase="${phase}"[^}]*\\} [1-9]`, 'm'),
      );
    // Both jobs are in the duration histogram (the parser keeps its type; its series are read
    // from the text, as it folds a histogram's labelled series together).
    expect(family('pishtaz_job_duration_seconds')?.type).toBe('HISTOGRAM');
    for (const outcome of ['delivered', 'http-status'])
      expect(text).toMatch(
        new RegExp(`^pishtaz_job_duration_seconds_count\\{[^}]*outcome="${outcome}"[^}]*\\} 1$`, 'm'),
      );
    expect(value('process_resident_memory_bytes', { role: 'all' })).toBeGreaterThan(10 * 1024 * 1024);
    expect(family('nodejs_eventloop_lag_seconds')).toBeDefined();
    expect(family('nodejs_heap_size_used_bytes')).toBeDefined();
    // The Grafana dashboard in deploy/ asks only for what the bot exports.
    const dashboard = readFileSync(
      path.resolve(import.meta.dirname, '../../deploy/grafana/dashboards/pishtaz.json'),
      'utf8',
    );
    const asked = new Set(dashboard.match(/\b(pishtaz|nodejs|process)_[a-z0-9_]+/g));
    expect(asked.size).toBeGreaterThan(8);
    for (const name of asked) expect(text, name).toMatch(new RegExp(`^(# TYPE )?${name}[{ ]`, 'm'));
  });

  it('is not there without METRICS_TOKEN', async () => {
    const bot = await h.start({}, 'metrics-off');
    expect((await fetch(`${bot.baseUrl}/metrics`, { headers: { authorization: 'Bearer x' } })).status).toBe(
      404,
    );
  });
});
