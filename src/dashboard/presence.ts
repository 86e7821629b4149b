import { hostname } from 'node:os';
import type { CookiePool } from '../cookies/cookie-pool.js';
import type { KvRepo } from '../storage/types.js';
import type { YtdlpManager } from '../video/ytdlp-manager.js';

/** How often a worker says it is there; an entry not renewed for three times this is gone. */
export const PRESENCE_EVERY_MS = 10_000;
const PREFIX = 'presence:';

export interface CookieEntry {
  name: string;
  origin: 'admin' | 'config';
  /** usable, or resting after a login or bot check until `asideUntil`. */
  state: 'usable' | 'aside';
  lastSuccessAt?: number;
  asideUntil?: number;
}

/** What a process that runs jobs tells the dashboard about itself: no paths, no cookie values. */
export interface Presence {
  id: string;
  role: string;
  version: string;
  startedAt: number;
  at: number;
  running: number;
  ytdlp: { version?: string; source: string; available: boolean };
  cookies: CookieEntry[];
}

/** Writes this worker's presence to storage, where any front's dashboard reads it. */
export function createPresence(deps: {
  kv: KvRepo;
  role: string;
  version: string;
  startedAt: number;
  running: () => number;
  ytdlp: YtdlpManager;
  cookies: CookiePool;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  const id = `${hostname()}:${process.pid}`;
  return async function publish(): Promise<void> {
    const t = now();
    const cookies: CookieEntry[] = [];
    for (const f of await deps.cookies.all()) {
      const s = await deps.cookies.state(f.id);
      cookies.push({
        name: f.name,
        origin: f.origin,
        state: (s.asideUntil ?? 0) > t ? 'aside' : 'usable',
        lastSuccessAt: s.lastSuccessAt,
        asideUntil: s.asideUntil,
      });
    }
    const y = deps.ytdlp.status();
    const presence: Presence = {
      id,
      role: deps.role,
      version: deps.version,
      startedAt: deps.startedAt,
      at: t,
      running: deps.running(),
      ytdlp: { version: y.version, source: y.source, available: y.available },
      cookies,
    };
    await deps.kv.set(PREFIX + id, JSON.stringify(presence), 3 * PRESENCE_EVERY_MS);
  };
}

export async function readPresences(kv: KvRepo): Promise<Presence[]> {
  return (await kv.list(PREFIX)).map((e) => JSON.parse(e.value) as Presence);
}
