import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_TOKEN } from './spawn-bot.js';

const LOGS = path.resolve(import.meta.dirname, '../../test-artifacts/logs');
const NODE_WARNING = /^\(node:\d+\) .*Warning: .*$/gm;

/**
 * End-to-end tests run the built bot exactly as `npm start` does. After the whole run, every
 * bot log it produced is searched for the token (whole, or its secret half) and for warnings
 * from Node: one hit fails CI.
 */
export default function setup() {
  rmSync(LOGS, { recursive: true, force: true });
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  // Every temp folder of the run (the tests', the doubles', the bots' data) is made in one, which
  // the workers inherit as TMPDIR and which goes at the end: a run leaves nothing in /tmp. The
  // generated media stay between runs.
  const hostTmp = tmpdir();
  const runTmp = mkdtempSync(path.join(hostTmp, 'pishtaz-run-'));
  // PostgreSQL, run as its own user, makes its cluster in here.
  chmodSync(runTmp, 0o1777);
  process.env.PISHTAZ_TEST_MEDIA ??= path.join(hostTmp, 'pishtaz-test-media');
  process.env.TMPDIR = runTmp;
  return () => {
    rmSync(runTmp, { recursive: true, force: true, maxRetries: 3 });
    if (!existsSync(LOGS)) return;
    const secretHalf = TEST_TOKEN.split(':')[1]!;
    const leaks = readdirSync(LOGS).filter((f) =>
      readFileSync(path.join(LOGS, f), 'utf8').includes(secretHalf),
    );
    const files = readdirSync(LOGS).length;
    if (leaks.length) throw new Error(`the bot token appears in ${leaks.length} log(s): ${leaks.join(', ')}`);
    console.log(`secrets check: the token appears in none of the ${files} bot logs of this run`);
    // A warning from Node in an operator's log is a fault found (a leaked descriptor, a timer that
    // overflowed): one fails the run too.
    const warnings = readdirSync(LOGS).flatMap((f) =>
      (readFileSync(path.join(LOGS, f), 'utf8').match(NODE_WARNING) ?? []).map((w) => `${f}: ${w}`),
    );
    if (warnings.length) throw new Error(`Node warned in the bot logs:\n${warnings.slice(0, 5).join('\n')}`);
  };
}
