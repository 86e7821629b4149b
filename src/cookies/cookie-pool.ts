import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeFilename } from '../download/filename.js';
import { cookieIsFor, type SiteSettings } from '../sites/sites.js';
import type { KvRepo } from '../storage/types.js';
import { cookieDomains, cookieHeaderAsFile } from './netscape.js';

export interface CookieFile {
  id: string;
  name: string;
  /** The file; absent for YTDLP_COOKIE_HEADER, whose cookies are written anew for each run. */
  path?: string;
  /** Added by an admin through the bot (removable there), or configured (YTDLP_COOKIES, YTDLP_COOKIE_HEADER). */
  origin: 'admin' | 'config';
  addedAt: number;
  domains: Set<string>;
}

export interface CookieState {
  lastSuccessAt?: number;
  asideUntil?: number;
}

/** How long a cookies file that met a login or bot check rests before it is tried again. */
export const SET_ASIDE_MS = 6 * 3600_000;
const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Cookies files for yt-dlp: YTDLP_COOKIES (one file or a folder of them) and those admins send
 * to the bot (kept under DATA_DIR/cookies, mode 600). Which files a link may use is decided by
 * the domains they hold; their state (last success, set aside until) is in storage, so every
 * process agrees. File contents are read only to learn their domains, never logged or returned.
 */
export function createCookiePool(deps: {
  configured?: string;
  /** YTDLP_COOKIE_HEADER, bound to the cookie domains it is for. */
  header?: { value: string; domains: string[] };
  dir: string;
  kv: KvRepo;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  const idOf = (file: string) => createHash('sha256').update(file).digest('hex').slice(0, 12);
  const stateKey = (id: string) => `cookies:${id}`;

  async function load(file: string, origin: CookieFile['origin']): Promise<CookieFile | undefined> {
    try {
      const st = await stat(file);
      if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
      const domains = cookieDomains(await readFile(file, 'utf8'));
      if (!domains.size) return undefined;
      return { id: idOf(file), name: path.basename(file), path: file, origin, addedAt: st.mtimeMs, domains };
    } catch {
      return undefined;
    }
  }

  async function filesIn(dir: string, origin: CookieFile['origin']): Promise<CookieFile[]> {
    const names = await readdir(dir).catch(() => [] as string[]);
    const files = await Promise.all(names.sort().map((n) => load(path.join(dir, n), origin)));
    return files.filter((f): f is CookieFile => f !== undefined);
  }

  async function all(): Promise<CookieFile[]> {
    const configured: CookieFile[] = [];
    if (deps.configured) {
      const st = await stat(deps.configured).catch(() => undefined);
      if (st?.isDirectory()) configured.push(...(await filesIn(deps.configured, 'config')));
      else {
        const one = await load(deps.configured, 'config');
        if (one) configured.push(one);
      }
    }
    if (fromHeader) configured.push(fromHeader);
    return [...configured, ...(await filesIn(deps.dir, 'admin'))];
  }
  const fromHeader: CookieFile | undefined = deps.header && {
    id: idOf(`header:${deps.header.domains.join(',')}`),
    name: 'YTDLP_COOKIE_HEADER',
    origin: 'config',
    addedAt: 0,
    domains: new Set(deps.header.domains),
  };

  async function state(id: string): Promise<CookieState> {
    const raw = await deps.kv.get(stateKey(id));
    return raw ? (JSON.parse(raw) as CookieState) : {};
  }
  const update = async (id: string, change: CookieState) =>
    deps.kv.set(stateKey(id), JSON.stringify({ ...(await state(id)), ...change }));

  return {
    all,
    state,
    /** The files holding cookies for this site that are not set aside, in order. */
    async usableFor(site: SiteSettings): Promise<CookieFile[]> {
      const out: CookieFile[] = [];
      for (const f of await all()) {
        if (![...f.domains].some((d) => cookieIsFor(site, d))) continue;
        if (((await state(f.id)).asideUntil ?? 0) > now()) continue;
        out.push(f);
      }
      return out;
    },
    /** Whether the site has any cookies file at all (usable or resting). */
    async anyFor(site: SiteSettings): Promise<boolean> {
      return (await all()).some((f) => [...f.domains].some((d) => cookieIsFor(site, d)));
    },
    /**
     * A copy of the file for one yt-dlp run, in the job's folder (mode 600): yt-dlp writes its
     * cookies back when it ends, and must never write into the operator's files.
     */
    async copyFor(file: CookieFile, dir: string): Promise<string> {
      const copy = path.join(dir, `cookies-${file.id}-${Math.random().toString(36).slice(2, 8)}.txt`);
      if (file.path) await copyFile(file.path, copy);
      else if (deps.header) await writeFile(copy, cookieHeaderAsFile(deps.header.value, deps.header.domains));
      await chmod(copy, 0o600);
      return copy;
    },
    succeeded: (id: string) => update(id, { lastSuccessAt: now(), asideUntil: 0 }),
    setAside: (id: string) => update(id, { asideUntil: now() + SET_ASIDE_MS }),

    /** Stores a file an admin sent, readable by this user alone. */
    async add(filename: string, text: string): Promise<CookieFile> {
      await mkdir(deps.dir, { recursive: true, mode: 0o700 });
      const base = sanitizeFilename(filename.replace(/\.[^.]*$/, ''), 'cookies').slice(0, 60);
      const file = path.join(
        deps.dir,
        `${new Date(now()).toISOString().slice(0, 10)}-${base}-${idOf(text).slice(0, 6)}.txt`,
      );
      await writeFile(file, text, { mode: 0o600 });
      await chmod(file, 0o600);
      const added = await load(file, 'admin');
      if (!added) {
        await rm(file, { force: true });
        throw new Error('not a cookies file');
      }
      return added;
    },
    /** Removes an admin-added file; configured ones stay (they are the operator's). */
    async remove(id: string): Promise<boolean> {
      const file = (await filesIn(deps.dir, 'admin')).find((f) => f.id === id)?.path;
      if (!file) return false;
      await rm(file, { force: true });
      return true;
    },
  };
}

export type CookiePool = ReturnType<typeof createCookiePool>;
