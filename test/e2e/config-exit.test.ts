import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = path.resolve(import.meta.dirname, '../../dist/main.js');
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: '/tmp',
    encoding: 'utf8',
    timeout: 10_000,
  });

describe('configuration errors', () => {
  it('exits 2 naming a missing BOT_TOKEN', () => {
    const r = run({});
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/BOT_TOKEN is required/);
  });

  it('exits 2 naming an invalid boolean and an invalid number', () => {
    const bad = run({ BOT_TOKEN: '1:abc', ALLOW_PRIVATE_NETWORK: 'maybe' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/ALLOW_PRIVATE_NETWORK must be one of/);
    const num = run({ BOT_TOKEN: '1:abc', MAX_CONCURRENT_JOBS: 'lots' });
    expect(num.status).toBe(2);
    expect(num.stderr).toMatch(/MAX_CONCURRENT_JOBS must be an integer/);
  });

  it('exits 2 with one line when ROLE=front or worker has no DATABASE_URL, or the role is unknown', () => {
    for (const role of ['front', 'worker']) {
      const r = run({ BOT_TOKEN: '1:abc', ROLE: role });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`ROLE=${role} needs DATABASE_URL`));
    }
    const unknown = run({ BOT_TOKEN: '1:abc', ROLE: 'boss' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/ROLE must be all, front or worker/);
    const notPostgres = run({ BOT_TOKEN: '1:abc', DATABASE_URL: 'mysql://x/y' });
    expect(notPostgres.status).toBe(2);
    expect(notPostgres.stderr).toMatch(/DATABASE_URL must be a URL \(postgres: postgresql:\)/);
  });
});
