import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Translator } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { Language, Storage } from '../storage/types.js';
import { type AdminSessions, SESSION_TTL_MS } from './admin-sessions.js';
import { dashboardData } from './dashboard-data.js';
import { dashboardPage, noticePage, signingInPage } from './dashboard-page.js';

const COOKIE = 'pishtaz_admin';
const LANGUAGES: readonly Language[] = ['fa', 'en'];
const SCRIPT = new URL('../../assets/dashboard/dashboard.js', import.meta.url);
const CHART_JS = path.join(
  path.dirname(createRequire(import.meta.url).resolve('chart.js')),
  'chart.umd.min.js',
);

const HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

/** Files read once, on first request, then kept (two small scripts). */
function asset(file: string | URL) {
  let text: Promise<string> | undefined;
  return () => {
    text ??= readFile(file, 'utf8');
    return text;
  };
}

/**
 * The admin dashboard: `/admin?t=` redeems a one-time login link for an HttpOnly, SameSite=Strict
 * session cookie; `/admin` and `/admin/data.json` need that session and an admin still in
 * ADMIN_IDS; without it, /admin redirects to a notice that says how to sign in.
 */
export function mountDashboard(
  app: Hono,
  deps: {
    storage: Storage;
    sessions: AdminSessions;
    adminIds: number[];
    t: Translator;
    defaultLanguage: Language;
    secureCookie: boolean;
    log: Logger;
  },
) {
  const chartJs = asset(CHART_JS);
  const script = asset(SCRIPT);
  const langOf = (c: Context, fallback: Language): Language => {
    const asked = c.req.query('lang') as Language | undefined;
    return asked && LANGUAGES.includes(asked) ? asked : fallback;
  };
  const session = async (c: Context) => {
    const s = await deps.sessions.session(getCookie(c, COOKIE));
    return s && deps.adminIds.includes(s.adminId) ? s : undefined;
  };

  app.use('/admin', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(HEADERS)) c.header(k, v);
    c.header('Cache-Control', 'no-store');
  });
  app.use('/admin/*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(HEADERS)) c.header(k, v);
    if (!c.res.headers.get('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  app.get('/admin', async (c) => {
    const token = c.req.query('t');
    if (token !== undefined) {
      const redeemed = await deps.sessions.redeem(token);
      if (!redeemed || !deps.adminIds.includes(redeemed.session.adminId)) {
        deps.log.warn('dashboard: a login link was refused (used, expired or unknown)');
        const made = await deps.sessions.login(token);
        const lang = langOf(c, (made?.lang as Language | undefined) ?? deps.defaultLanguage);
        return c.html(noticePage(deps.t, lang, 'dash-link-used'), 403);
      }
      setCookie(c, COOKIE, redeemed.token, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: deps.secureCookie,
        path: '/admin',
        maxAge: SESSION_TTL_MS / 1000,
      });
      deps.log.info({ admin: redeemed.session.adminId }, 'dashboard: an admin signed in');
      return c.html(signingInPage(deps.t, redeemed.session.lang as Language));
    }
    const s = await session(c);
    if (!s) return c.redirect('/admin/notice', 303);
    return c.html(dashboardPage(deps.t, langOf(c, s.lang as Language)));
  });
  app.get('/admin/notice', (c) => c.html(noticePage(deps.t, langOf(c, deps.defaultLanguage), 'dash-notice')));
  app.get('/admin/data.json', async (c) => {
    if (!(await session(c))) return c.json({ error: 'sign in from the bot: /dashboard' }, 401);
    return c.json(await dashboardData(deps.storage));
  });
  const js = (load: () => Promise<string>) => async (c: Context) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(await load());
  };
  app.get('/admin/chart.js', js(chartJs));
  app.get('/admin/dashboard.js', js(script));
}
