/**
 * The truth about liveness. Each component registers a probe; `/health` is unhealthy when any
 * probe says so. A probe that does not answer within PROBE_TIMEOUT_MS (a database that hangs)
 * fails, so the endpoint never hangs.
 */
export interface ProbeResult {
  ok: boolean;
  reason?: string;
  detail?: unknown;
}

export type Probe = () => ProbeResult | Promise<ProbeResult>;

export const PROBE_TIMEOUT_MS = 3000;

export interface HealthReport {
  status: 'ok' | 'unhealthy';
  reasons: string[];
  checks: Record<string, unknown>;
}

export interface Health {
  register(name: string, probe: Probe): void;
  report(): Promise<HealthReport>;
}

async function run(name: string, probe: Probe): Promise<ProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ProbeResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: `${name} did not answer within ${PROBE_TIMEOUT_MS / 1000} s` }),
      PROBE_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([Promise.resolve().then(probe), timeout]);
  } catch (err) {
    return { ok: false, reason: `${name}: ${(err as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}

export function createHealth(): Health {
  const probes = new Map<string, Probe>();
  return {
    register(name, probe) {
      probes.set(name, probe);
    },
    async report() {
      const reasons: string[] = [];
      const checks: Record<string, unknown> = {};
      const results = await Promise.all(
        [...probes].map(async ([name, probe]) => [name, await run(name, probe)] as const),
      );
      for (const [name, result] of results) {
        checks[name] = { ok: result.ok, ...(result.detail === undefined ? {} : { detail: result.detail }) };
        if (!result.ok) reasons.push(result.reason ?? `${name} failed`);
      }
      return { status: reasons.length ? 'unhealthy' : 'ok', reasons, checks };
    },
  };
}

/** Records every successful getUpdates; the polling probe compares its age to the stall limit. */
export interface Heartbeat {
  beat(): void;
  lastBeat(): number;
}

export function createHeartbeat(now: () => number = Date.now): Heartbeat {
  let last = now();
  return {
    beat: () => {
      last = now();
    },
    lastBeat: () => last,
  };
}

export function pollingProbe(heartbeat: Heartbeat, stallMs: number, now: () => number = Date.now): Probe {
  return () => {
    const age = now() - heartbeat.lastBeat();
    return age > stallMs
      ? {
          ok: false,
          reason: `no successful getUpdates for ${Math.round(age / 1000)} s`,
          detail: { ageMs: age },
        }
      : { ok: true, detail: { lastUpdateAgeMs: age } };
  };
}

/** Memory and open handles, for operators and for the soak test's leak checks. */
export const processProbe: Probe = () => {
  const m = process.memoryUsage();
  const resources = process.getActiveResourcesInfo();
  const byType: Record<string, number> = {};
  for (const r of resources) byType[r] = (byType[r] ?? 0) + 1;
  return {
    ok: true,
    detail: {
      rssMiB: Math.round(m.rss / 1048576),
      heapUsedMiB: Math.round(m.heapUsed / 1048576),
      activeResources: byType,
    },
  };
};
