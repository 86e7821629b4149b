const STAMP = /(\d{2,}):(\d{2}):(\d{2}),(\d{3})/g;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An .srt moved `bySeconds` earlier (a section that starts later than the video): cues that end
 * before zero go, the rest keep their text.
 */
export function shiftSrt(text: string, bySeconds: number): string {
  const ms = (h: string, m: string, s: string, f: string) => ((+h * 60 + +m) * 60 + +s) * 1000 + +f;
  const stamp = (t: number) =>
    `${pad(Math.floor(t / 3_600_000))}:${pad(Math.floor(t / 60_000) % 60)}:${pad(Math.floor(t / 1000) % 60)},${pad(t % 1000, 3)}`;
  const cues = text.replace(/\r/g, '').trim().split(/\n\n+/);
  const kept: string[] = [];
  for (const cue of cues) {
    const lines = cue.split('\n');
    const at = lines.findIndex((l) => l.includes('-->'));
    if (at < 0) continue;
    const times = [...lines[at]!.matchAll(STAMP)].map(
      (m) => ms(m[1]!, m[2]!, m[3]!, m[4]!) - bySeconds * 1000,
    );
    if (times.length !== 2 || times[1]! <= 0) continue;
    const body = lines.slice(at + 1);
    kept.push(
      [String(kept.length + 1), `${stamp(Math.max(0, times[0]!))} --> ${stamp(times[1]!)}`, ...body].join(
        '\n',
      ),
    );
  }
  return kept.length ? `${kept.join('\n\n')}\n` : '';
}
