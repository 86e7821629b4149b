/** The /stats picture: links per hour over the last 24 hours, delivered and failed, as a PNG. */
export const CHART = { width: 800, height: 400 } as const;

const HOUR = 3_600_000;
const PAD = { left: 50, right: 20, top: 60, bottom: 40 };

export interface HourCount {
  hour: number;
  delivered: number;
  failed: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The 24 hours ending with the hour of `now`, oldest first; hours without a row count zero. */
export function last24Hours(rows: HourCount[], now: number): HourCount[] {
  const first = Math.floor(now / HOUR) * HOUR - 23 * HOUR;
  const byHour = new Map(rows.map((r) => [r.hour, r]));
  return Array.from(
    { length: 24 },
    (_, i) => byHour.get(first + i * HOUR) ?? { hour: first + i * HOUR, delivered: 0, failed: 0 },
  );
}

/** An SVG of 24 hourly bars ending with the hour of `now`, failures stacked on deliveries. */
export function statsChartSvg(
  rows: HourCount[],
  now: number,
  text: { title: string; delivered: string; failed: string },
): string {
  const hours = last24Hours(rows, now);
  const max = Math.max(1, ...hours.map((h) => h.delivered + h.failed));
  const plotW = CHART.width - PAD.left - PAD.right;
  const plotH = CHART.height - PAD.top - PAD.bottom;
  const slot = plotW / 24;
  const y = (n: number) => PAD.top + plotH - (n / max) * plotH;
  const parts: string[] = [
    `<rect width="${CHART.width}" height="${CHART.height}" fill="#ffffff"/>`,
    `<text x="${PAD.left}" y="28" font-size="20" font-family="Noto Sans, sans-serif" fill="#222">${esc(text.title)}</text>`,
    `<rect x="${CHART.width - 300}" y="14" width="14" height="14" fill="#2e9d5b"/>`,
    `<text x="${CHART.width - 280}" y="26" font-size="14" font-family="Noto Sans, sans-serif">${esc(text.delivered)}</text>`,
    `<rect x="${CHART.width - 150}" y="14" width="14" height="14" fill="#d9534f"/>`,
    `<text x="${CHART.width - 130}" y="26" font-size="14" font-family="Noto Sans, sans-serif">${esc(text.failed)}</text>`,
    `<line x1="${PAD.left}" y1="${y(0)}" x2="${CHART.width - PAD.right}" y2="${y(0)}" stroke="#999"/>`,
    `<text x="${PAD.left - 8}" y="${y(max) + 5}" font-size="12" text-anchor="end" font-family="Noto Sans, sans-serif">${max}</text>`,
    `<text x="${PAD.left - 8}" y="${y(0)}" font-size="12" text-anchor="end" font-family="Noto Sans, sans-serif">0</text>`,
  ];
  for (const [i, h] of hours.entries()) {
    const x = PAD.left + i * slot + 3;
    const w = slot - 6;
    if (h.delivered) parts.push(bar(x, y(h.delivered), w, y(0) - y(h.delivered), '#2e9d5b'));
    if (h.failed)
      parts.push(bar(x, y(h.delivered + h.failed), w, y(h.delivered) - y(h.delivered + h.failed), '#d9534f'));
    if (i % 3 === 0) {
      const label = new Date(h.hour).toISOString().slice(11, 13);
      parts.push(
        `<text x="${x + w / 2}" y="${y(0) + 18}" font-size="12" text-anchor="middle" font-family="Noto Sans, sans-serif">${label}</text>`,
      );
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART.width}" height="${CHART.height}">${parts.join('')}</svg>`;
}

const bar = (x: number, y: number, w: number, h: number, fill: string) =>
  `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}"/>`;

/** SVG to PNG with resvg (loaded on first use: a bot whose admins never ask pays nothing). */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  return Buffer.from(new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng());
}
