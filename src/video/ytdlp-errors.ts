import type { FailureKind } from '../pipeline/types.js';

/**
 * The failure class of yt-dlp's stderr; the order matters (YouTube's bot check says "Sign in",
 * a private video "Sign in if you've been granted access").
 */
export function classifyError(stderr: string): FailureKind {
  const s = stderr.toLowerCase();
  if (/unsupported url|no video formats found|is not a valid url/.test(s)) return 'unsupported';
  if (/confirm you.re not a bot|not a robot|captcha|bot detection/.test(s)) return 'bot-check';
  if (/private video|video is private|private account|this account is private/.test(s)) return 'private';
  if (/available in your country|geo.?restrict|geo.?block|not available in your region/.test(s)) return 'geo';
  if (/http error 429|too many requests|rate.?limit|ip address is blocked|ip.{0,20}(blocked|banned)/.test(s))
    return 'rate-limited';
  if (/sign in|login|log in|cookies|age.?restrict|members.only/.test(s)) return 'login';
  if (
    /video unavailable|has been removed|no longer available|been terminated|does not exist|deleted|not found|404/.test(
      s,
    )
  )
    return 'removed';
  if (/requested format is not available|format not available/.test(s)) return 'format';
  // A site's extractor that no longer understands the site: yt-dlp is probably outdated.
  if (/please report this issue|latest version|nsig extraction failed|signature extraction failed/.test(s))
    return 'extractor-broken';
  if (/unable to extract/.test(s)) return /\[generic\]/.test(s) ? 'unsupported' : 'extractor-broken';
  if (/timed out|timeout/.test(s)) return 'timeout';
  if (/403|forbidden|blocked/.test(s)) return 'guard';
  return 'network';
}

/** A failure that other cookies (or none) might get past. */
export const isAuthFailure = (kind: FailureKind) => kind === 'login' || kind === 'bot-check';

export function lastErrorLine(stderr: string): string {
  const lines = stderr
    .trim()
    .split('\n')
    .filter((l) => /error/i.test(l));
  return (lines.at(-1) ?? stderr.trim().split('\n').at(-1) ?? 'yt-dlp failed').slice(0, 300);
}
