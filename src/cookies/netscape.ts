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
