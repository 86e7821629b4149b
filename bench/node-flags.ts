import { NODE_FLAGS } from '../test/support/spawn-bot.js';
import { benchCost } from './cost.js';
import { benchDownload, type DownloadFigures } from './download.js';
import { benchIdleRss } from './idle-rss.js';
import { peakFor } from './pipeline-rss.js';
import { mib, startContentProcess } from './support.js';

const MiB = 1024 ** 2;

/**
 * `npx tsx bench/node-flags.ts [extra flags…]`: `npm start`'s node flags against the same set with
 * each flag left out (and with the extra flags added, to try one): idle RSS, peak RSS through a
 * 1 GiB file, the download figures and the bot's CPU per GiB (download only), so a flag stays
 * only while it pays.
 */
const extra = process.argv.slice(2);
const variants: [string, string[]][] = [
  ['npm start', NODE_FLAGS],
  ...NODE_FLAGS.map((f): [string, string[]] => [`without ${f}`, NODE_FLAGS.filter((g) => g !== f)]),
  ...(extra.length ? [[`with ${extra.join(' ')}`, [...NODE_FLAGS, ...extra]] as [string, string[]]] : []),
];
const web = await startContentProcess();
const rows: string[] = [];
for (const [name, flags] of variants) {
  const { idleRssMiB } = await benchIdleRss(flags);
  const peak = await peakFor(1024 * MiB, web.url, flags);
  const d: DownloadFigures = await benchDownload(1024 ** 3, flags);
  const { cpuDownloadRatio } = await benchCost(1024 ** 3, flags, ['download']);
  rows.push(
    `| ${name} | ${mib(idleRssMiB)} | ${mib(peak)} | ${d.ratio.toFixed(2)}× | ${d.loopP99Ms.toFixed(1)} ms | ${cpuDownloadRatio!.toFixed(2)}× |`,
  );
}
web.stop();
console.log(
  '\n| node flags | idle RSS | peak RSS, 1 GiB | download, median vs curl | loop p99, 3 downloads | CPU per GiB vs curl |',
);
console.log('|---|---|---|---|---|---|');
console.log(rows.join('\n'));
