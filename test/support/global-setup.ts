import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TEST_TOKEN } from './spawn-bot.js';

const LOGS = path.resolve(import.meta.dirname, '../../test-artifacts/logs');

/**
 * End-to-end tests run the built bot exactly as `npm start` does. After the whole run, every
 * bot log it produced is searched for the token (whole, or its secret half): one hit fails CI.
 */
export default function setup() {
  rmSync(LOGS, { recursive: true, force: true });
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  return () => {
    if (!existsSync(LOGS)) return;
    const secretHalf = TEST_TOKEN.split(':')[1]!;
    const leaks = readdirSync(LOGS).filter((f) =>
      readFileSync(path.join(LOGS, f), 'utf8').includes(secretHalf),
    );
    const files = readdirSync(LOGS).length;
    if (leaks.length) throw new Error(`the bot token appears in ${leaks.length} log(s): ${leaks.join(', ')}`);
    console.log(`secrets check: the token appears in none of the ${files} bot logs of this run`);
  };
}
