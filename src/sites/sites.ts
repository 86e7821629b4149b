/**
 * What differs between the sites people send most, as data: adding a site is a row here, not a
 * branch in the code. A link whose host is in no row is its own site (its hostname), with the
 * defaults.
 */
export interface SiteSettings {
  /** Short id used in /stats and in the cookie pool. */
  id: string;
  name: string;
  /** Hostnames (and their subdomains) of the site's links. */
  hosts: string[];
  /** Cookie domains a cookies file must hold for it to be used for this site. */
  cookieDomains: string[];
  /** A yt-dlp format sort (`-S`) preferred on this site: the formats Telegram plays best. */
  formatSort?: string;
  /** Extra request headers yt-dlp sends. */
  headers?: Record<string, string>;
  /** After a login error with cookies, one more try without any (stale cookies can be worse). */
  retryWithoutCookies: boolean;
}

export const SITES: readonly SiteSettings[] = [
  {
    id: 'youtube',
    name: 'YouTube',
    hosts: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
    cookieDomains: ['youtube.com', 'google.com'],
    formatSort: 'vcodec:h264,acodec:m4a',
    retryWithoutCookies: true,
  },
  {
    id: 'instagram',
    name: 'Instagram',
    hosts: ['instagram.com', 'instagr.am'],
    cookieDomains: ['instagram.com'],
    retryWithoutCookies: false,
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    hosts: ['tiktok.com'],
    cookieDomains: ['tiktok.com'],
    formatSort: 'vcodec:h264',
    retryWithoutCookies: true,
  },
  {
    id: 'x',
    name: 'X/Twitter',
    hosts: ['x.com', 'twitter.com'],
    cookieDomains: ['x.com', 'twitter.com'],
    retryWithoutCookies: true,
  },
  {
    id: 'facebook',
    name: 'Facebook',
    hosts: ['facebook.com', 'fb.watch', 'fb.com'],
    cookieDomains: ['facebook.com'],
    retryWithoutCookies: true,
  },
  {
    id: 'reddit',
    name: 'Reddit',
    hosts: ['reddit.com', 'redd.it'],
    cookieDomains: ['reddit.com'],
    retryWithoutCookies: true,
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    hosts: ['vimeo.com'],
    cookieDomains: ['vimeo.com'],
    headers: { Referer: 'https://vimeo.com/' },
    retryWithoutCookies: true,
  },
  {
    id: 'soundcloud',
    name: 'SoundCloud',
    hosts: ['soundcloud.com'],
    cookieDomains: ['soundcloud.com'],
    retryWithoutCookies: true,
  },
  {
    id: 'aparat',
    name: 'Aparat',
    hosts: ['aparat.com'],
    cookieDomains: ['aparat.com'],
    retryWithoutCookies: true,
  },
];

const onHost = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The row for a link, or a row of defaults named after its hostname. */
export function siteOf(url: string): SiteSettings {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    host = 'unknown';
  }
  const row = SITES.find((s) => s.hosts.some((h) => onHost(host, h)));
  return row ?? { id: host, name: host, hosts: [host], cookieDomains: [host], retryWithoutCookies: true };
}

/**
 * The site as a metrics label: a row's id, else `other`. Labels must stay few (each is a series
 * kept in memory) and must not say which hosts users send.
 */
export function siteLabel(url: string): string {
  const id = siteOf(url).id;
  return SITES.some((s) => s.id === id) ? id : 'other';
}

/** Whether a cookie set for `domain` (as a cookies file writes it: maybe with a leading dot) is for this site. */
export function cookieIsFor(site: SiteSettings, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^\./, '');
  return site.cookieDomains.some((c) => onHost(d, c));
}
