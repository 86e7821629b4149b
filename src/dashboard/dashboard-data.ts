import { type HourCount, last24Hours } from '../admin/stats-chart.js';
import { siteOf } from '../sites/sites.js';
import type { Storage } from '../storage/types.js';
import { type CookieEntry, readPresences } from './presence.js';

const DAY_MS = 86_400_000;

/** Everything the dashboard page shows, read fresh from storage: names and counts, no secrets. */
export interface DashboardData {
  at: number;
  queue: { queued: number; running: number; oldestWaitSeconds: number };
  workers: { id: string; role: string; version: string; running: number; uptimeSeconds: number }[];
  hourly: HourCount[];
  failuresBySite: { site: string; n: number }[];
  topUsers: { id: number; name: string; username: string | null; links: number }[];
  traffic: { links: number; bytesDelivered: number; bytesServed: number; users: number; activeUsers: number };
  ytdlp: { version: string | null; source: string; available: boolean; workers: number }[];
  cookies: CookieEntry[];
}

export async function dashboardData(storage: Storage, now = Date.now()): Promise<DashboardData> {
  const since = now - DAY_MS;
  const [counts, presences, hourly, failures, users, stats] = await Promise.all([
    storage.jobs.counts(),
    readPresences(storage.kv),
    storage.links.hourly(since),
    storage.links.failuresSince(since),
    storage.users.listByActivity(0, 10),
    storage.links.stats(since),
  ]);
  const bySite = new Map<string, number>();
  for (const f of failures) {
    const site = siteOf(f.url).name;
    bySite.set(site, (bySite.get(site) ?? 0) + f.n);
  }
  const ytdlp = new Map<string, DashboardData['ytdlp'][number]>();
  for (const p of presences) {
    const key = `${p.ytdlp.version}|${p.ytdlp.source}|${p.ytdlp.available}`;
    const entry = ytdlp.get(key) ?? {
      version: p.ytdlp.version ?? null,
      source: p.ytdlp.source,
      available: p.ytdlp.available,
      workers: 0,
    };
    entry.workers++;
    ytdlp.set(key, entry);
  }
  // The cookie pool's state is shared; the newest report has it.
  const newest = [...presences].sort((a, b) => b.at - a.at)[0];
  return {
    at: now,
    queue: {
      queued: counts.queued,
      running: counts.running,
      oldestWaitSeconds: counts.oldestQueuedAt ? Math.round((now - counts.oldestQueuedAt) / 1000) : 0,
    },
    workers: presences.map((p) => ({
      id: p.id,
      role: p.role,
      version: p.version,
      running: p.running,
      uptimeSeconds: Math.round((now - p.startedAt) / 1000),
    })),
    hourly: last24Hours(hourly, now),
    failuresBySite: [...bySite]
      .map(([site, n]) => ({ site, n }))
      .sort((a, b) => b.n - a.n)
      .slice(0, 12),
    topUsers: users.map((u) => ({
      id: u.id,
      name: [u.firstName, u.lastName].filter(Boolean).join(' '),
      username: u.username,
      links: u.links,
    })),
    traffic: {
      links: stats.jobs,
      bytesDelivered: stats.bytes,
      bytesServed: await storage.fileLinks.servedSince(Math.floor(now / DAY_MS)),
      users: await storage.users.count(),
      activeUsers: await storage.users.countActiveSince(since),
    },
    ytdlp: [...ytdlp.values()],
    cookies: newest?.cookies ?? [],
  };
}
