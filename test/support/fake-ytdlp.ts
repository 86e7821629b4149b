import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A yt-dlp stand-in at the process seam, for what real yt-dlp cannot show offline: it answers
 * `--version` with the given version, records every run's arguments (one line each), and for a
 * link fails with YouTube's bot-check text unless its `--cookies` file holds a cookie named
 * `good`, and fails like an outdated extractor for a link with "broken"; otherwise (or with good
 * cookies) it describes one mp4 (-J) or
 * "downloads" it by copying `mp4` to its -o path.
 */
export function fakeYtdlp(opts: { version: string; mp4: string; failVersion?: boolean }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-ytdlp-'));
  const record = path.join(dir, 'runs.log');
  const file = path.join(dir, 'yt-dlp');
  writeFileSync(record, '');
  writeFileSync(file, script(opts.version, opts.mp4, record, opts.failVersion ?? false));
  chmodSync(file, 0o755);
  return {
    path: file,
    /** Each run's arguments, in order. */
    runs: () =>
      readFileSync(record, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\u0001')),
  };
}

function script(version: string, mp4: string, record: string, failVersion: boolean): string {
  const info = JSON.stringify({
    title: 'ok',
    extractor: 'fake',
    duration: 3,
    ext: 'mp4',
    formats: [
      {
        format_id: '18',
        ext: 'mp4',
        height: 240,
        width: 320,
        vcodec: 'avc1',
        acodec: 'mp4a',
        filesize: 100_000,
      },
    ],
  });
  return `#!/bin/sh
if [ "$1" = "--version" ]; then ${failVersion ? 'exit 3' : `echo "${version}"; exit 0`}; fi
if [ "$1" = "--ignore-config" ] && [ "$3" = "--dump-user-agent" ]; then echo "Mozilla/5.0"; exit 0; fi
line=""
for a in "$@"; do line="$line$a$(printf '\\001')"; done
echo "$line" >> '${record}'
cookies=""; out=""; url=""; json=0; prev=""
for a in "$@"; do
  case "$prev" in --cookies) cookies="$a";; -o) out="$a";; esac
  [ "$a" = "-J" ] && json=1
  prev="$a"; url="$a"
done
case "$url" in
  *broken*)
    echo "ERROR: [youtube] abc: Unable to extract initial data; please report this issue on  https://github.com/yt-dlp/yt-dlp/issues" >&2
    exit 1;;
  *botcheck*)
    if [ -z "$cookies" ] || ! grep -q "$(printf '\tgood\t')" "$cookies"; then
      echo "ERROR: [youtube] abc: Sign in to confirm you’re not a bot. Use --cookies-from-browser or --cookies for the authentication." >&2
      exit 1
    fi;;
esac
if [ "$json" = 1 ]; then echo '${info}'; exit 0; fi
cp '${mp4}' "$(dirname "$out")/media.mp4"
exit 0
`;
}

/** A Netscape cookies file for `domain` with one cookie of this name. */
export function cookiesFile(dir: string, name: string, domain: string, cookie: string): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    `# Netscape HTTP Cookie File\n.${domain}\tTRUE\t/\tFALSE\t2000000000\t${cookie}\tvalue-${name}\n`,
  );
  return file;
}
