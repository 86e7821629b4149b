import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Secrets are scrubbed from every serialized line, whatever nested error or URL carries them:
 * redacting by field name cannot catch a token embedded in a message string.
 */
export function createLogger(opts: { level: string; secrets: (string | undefined)[] }): Logger {
  const scrub = createScrubber(opts.secrets);
  return pino({
    level: opts.level,
    base: undefined,
    hooks: { streamWrite: scrub },
  });
}

export function createScrubber(secrets: (string | undefined)[]): (text: string) => string {
  const needles = new Set<string>();
  for (const s of secrets) {
    if (!s || s.length < 6) continue;
    needles.add(s);
    needles.add(encodeURIComponent(s));
    // A bot token's secret half alone is still a secret.
    const colon = s.indexOf(':');
    if (colon > 0 && s.length - colon > 8) needles.add(s.slice(colon + 1));
  }
  const list = [...needles].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const n of list) if (out.includes(n)) out = out.split(n).join('[REDACTED]');
    return out;
  };
}
