/** The domains a Netscape cookies file (as browsers' exporters and yt-dlp write it) holds cookies for. */
export function cookieDomains(text: string): Set<string> {
  const domains = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.startsWith('#HttpOnly_') ? raw.slice('#HttpOnly_'.length) : raw;
    if (!line || line.startsWith('#')) continue;
    const fields = line.split('\t');
    if (fields.length < 7 || !fields[0]) continue;
    domains.add(fields[0].toLowerCase().replace(/^\./, ''));
  }
  return domains;
}

/** A file an admin sends is a cookies file if it has at least one well-formed cookie line. */
export function looksLikeCookiesFile(text: string): boolean {
  return cookieDomains(text).size > 0;
}

/**
 * A `Cookie:` header (`a=1; b=2`) as a Netscape cookies file for these domains and their
 * subdomains, over https only: yt-dlp then sends it to those sites alone, never to a page a user
 * linked.
 */
export function cookieHeaderAsFile(header: string, domains: string[]): string {
  const expires = Math.floor(Date.now() / 1000) + 365 * 86_400;
  const lines = ['# Netscape HTTP Cookie File'];
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (!name || /[\t\r\n]/.test(name + value)) continue;
    for (const d of domains)
      lines.push([`.${d.replace(/^\./, '')}`, 'TRUE', '/', 'TRUE', expires, name, value].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
