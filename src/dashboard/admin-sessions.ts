import { createHash, randomBytes } from 'node:crypto';
import type { KvRepo } from '../storage/types.js';

export const LOGIN_TTL_MS = 10 * 60_000;
export const SESSION_TTL_MS = 12 * 3_600_000;

export interface AdminSession {
  adminId: number;
  lang: string;
}

/** 256 random bits, URL-safe. Only their hashes are stored, so a database dump opens nothing. */
const newToken = () => randomBytes(32).toString('base64url');
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Dashboard access: `/dashboard` makes a login token (10 minutes, one use); redeeming it makes a
 * session token for the cookie. Both live in storage, so any front honours them.
 */
export function createAdminSessions(kv: KvRepo) {
  async function read(prefix: string, token: string | undefined): Promise<AdminSession | undefined> {
    if (!token || !TOKEN.test(token)) return undefined;
    const raw = await kv.get(prefix + hashOf(token));
    return raw ? (JSON.parse(raw) as AdminSession) : undefined;
  }
  return {
    async issueLogin(session: AdminSession): Promise<string> {
      const token = newToken();
      await kv.set(`dash-login:${hashOf(token)}`, JSON.stringify(session), LOGIN_TTL_MS);
      return token;
    },
    /** A session token for a valid login token, once: the first redeemer wins, across processes. */
    async redeem(token: string | undefined): Promise<{ token: string; session: AdminSession } | undefined> {
      const session = await read('dash-login:', token);
      if (!session || !token) return undefined;
      const mark = newToken();
      if ((await kv.setIfAbsent(`dash-used:${hashOf(token)}`, mark, LOGIN_TTL_MS)) !== mark) return undefined;
      const sessionToken = newToken();
      await kv.set(`dash-session:${hashOf(sessionToken)}`, JSON.stringify(session), SESSION_TTL_MS);
      return { token: sessionToken, session };
    },
    session: (token: string | undefined) => read('dash-session:', token),
    /** Whom a login token was made for (used or not, until it expires): the refusal speaks their language. */
    login: (token: string | undefined) => read('dash-login:', token),
  };
}

export type AdminSessions = ReturnType<typeof createAdminSessions>;
