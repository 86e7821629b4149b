import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../support/spawn-bot.js';

const MODULE = pathToFileURL(
  path.resolve(import.meta.dirname, '../../dist/lifecycle/optimizing-compiler.js'),
);

// Run under `npm start`'s flags; %GetOptimizationStatus's bit 6 is "compiled by TurboFan".
const SCRIPT = `
import { enableOptimizingCompiler, TURBOFAN_AFTER_CALLS } from '${MODULE}';
const turbofanned = (f) => (%GetOptimizationStatus(f) & (1 << 6)) !== 0;
const call = (f, n) => { let x = 0; for (let i = 0; i < n; i++) x += f(i); return x; };
function beforeSwitch(a) { return (a * 31) ^ (a >> 2); }
function hot(a) { return (a * 17) ^ (a >> 3); }
function warm(a) { return (a * 13) ^ (a >> 1); }
call(beforeSwitch, 100000);
const before = turbofanned(beforeSwitch);
enableOptimizingCompiler();
call(warm, TURBOFAN_AFTER_CALLS / 2);
// Compiled on a background thread: calls go on until the code is in (or 10 s pass).
const deadline = Date.now() + 10000;
call(hot, TURBOFAN_AFTER_CALLS * 2);
while (!turbofanned(hot) && Date.now() < deadline) call(hot, 1000);
console.log(JSON.stringify({ before, hot: turbofanned(hot), warm: turbofanned(warm) }));
`;

describe('the optimizing compiler', () => {
  it('stays off under npm start’s flags until switched on, then takes only functions called 20,000 times', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...NODE_FLAGS, '--allow-natives-syntax', '--input-type=module', '-e', SCRIPT],
      { timeout: 30_000 },
    );
    expect(JSON.parse(stdout)).toEqual({ before: false, hot: true, warm: false });
  });
});
