import { accessSync, constants, mkdirSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, parseConfig, parseVariable, readEnvironment } from '../config.js';
import { createLogger } from '../logger.js';
import { ffprobePathFor } from '../media/tools.js';
import { openStorage } from '../storage/open-storage.js';
import { detectTool, setToolEnvironment } from '../tools/run-tool.js';
import { JS_RUNTIMES_SINCE, parseYtdlpVersion, supportsJsRuntimes } from '../video/ytdlp-version.js';
import { nodeCheck } from './node-check.js';

/**
 * `npm run doctor`: checks what the bot needs and prints OK / WARN / FAIL with the fix for each.
 * Exits 1 when anything FAILs.
 */
type Status = 'OK' | 'WARN' | 'FAIL';
interface Check {
  name: string;
  status: Status;
  detail: string;
  fix?: string;
}

const version = async (cmd: string, args: string[]) => (await detectTool(cmd, args)).version;

async function run(): Promise<number> {
  const env = readEnvironment();
  const checks: Check[] = [];
  const add = (name: string, status: Status, detail: string, fix?: string) =>
    checks.push({ name, status, detail, fix });

  const runtime = nodeCheck(process.version);
  add('Node.js', runtime.status, runtime.detail, runtime.fix);

  const token = parseVariable('BOT_TOKEN', env);
  if (token.ok) add('BOT_TOKEN', 'OK', 'shape looks right');
  else if (!env.BOT_TOKEN?.trim())
    add(
      'BOT_TOKEN',
      'FAIL',
      'not set',
      'Create a bot with @BotFather and put its token in BOT_TOKEN (.env).',
    );
  else
    add(
      'BOT_TOKEN',
      'FAIL',
      'does not look like a bot token',
      'Copy the whole token from @BotFather: digits, a colon, then about 35 characters.',
    );

  let config: ReturnType<typeof parseConfig> | undefined;
  try {
    config = parseConfig(env);
    setToolEnvironment(config.childEnv);
    add('configuration', 'OK', `mode ${config.mode}, data in ${config.dataDir}`);
    const host = new URL(config.publicUrl).hostname;
    if (host === 'localhost' || host === '[::1]' || host.startsWith('127.'))
      add(
        'PUBLIC_URL',
        'WARN',
        `${config.publicUrl}: the links the bot hands out (files, dashboard) open only on this machine`,
        'Set PUBLIC_URL to the address users reach this server at, e.g. https://dl.example.org.',
      );
    else add('PUBLIC_URL', 'OK', config.publicUrl);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    add('configuration', 'FAIL', err.message, 'Fix the variable named above (see .env.example).');
  }

  if (config) {
    try {
      const res = await fetch(`${config.apiRoot}/bot${config.botToken}/getMe`, {
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await res.json()) as {
        ok: boolean;
        result?: { username?: string };
        description?: string;
      };
      if (body.ok) add('Telegram', 'OK', `reachable, bot @${body.result?.username}`);
      else
        add(
          'Telegram',
          'FAIL',
          `getMe answered: ${body.description ?? res.status}`,
          'Check BOT_TOKEN; revoke and copy it again in @BotFather if needed.',
        );
    } catch {
      add(
        'Telegram',
        'FAIL',
        `${config.apiRoot} is not reachable`,
        'Check the network, TELEGRAM_API_ROOT or PROXY_URL.',
      );
    }
  }

  if (config?.databaseUrl) {
    const secret = new URL(config.databaseUrl).password;
    try {
      const storage = await openStorage(config, createLogger({ level: 'silent', secrets: [] }));
      await storage.ping();
      await storage.close();
      add('database', 'OK', `PostgreSQL answers, schema up to date; this process is ROLE=${config.role}`);
    } catch (err) {
      const reason = String((err as Error)?.message ?? err);
      add(
        'database',
        'FAIL',
        `PostgreSQL: ${secret ? reason.replaceAll(secret, '***') : reason}`,
        'Check DATABASE_URL (host, port, user, password, database) and that the server accepts this host.',
      );
    }
  } else if (config) {
    add('database', 'OK', 'SQLite in DATA_DIR (one process; set DATABASE_URL for fronts and workers)');
  }

  // The rest is checked even when the configuration is invalid: each variable on its own.
  const own = <K extends 'DATA_DIR' | 'YTDLP_PATH' | 'FFMPEG_PATH' | 'CHROMIUM_PATH'>(name: K) => {
    const v = parseVariable(name, env);
    return v.ok ? (v.value as string) : (env[name] ?? '');
  };
  const dataDir = config?.dataDir ?? own('DATA_DIR');
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
    const s = statfsSync(dataDir);
    const freeGb = (s.bavail * s.bsize) / 1024 ** 3;
    add(
      'DATA_DIR',
      freeGb < 1 ? 'WARN' : 'OK',
      `${dataDir} writable, ${freeGb.toFixed(1)} GB free`,
      freeGb < 1 ? 'Large files need free space at least their size.' : undefined,
    );
  } catch {
    add(
      'DATA_DIR',
      'FAIL',
      `${dataDir} is not writable`,
      'Point DATA_DIR at a writable folder (a volume in Docker).',
    );
  }
  const ytdlpPath = config?.ytdlpPath ?? own('YTDLP_PATH');
  // The bot's own release (DATA_DIR/bin) is used when present, unless YTDLP_PATH names one.
  const managedPath =
    config && !config.ytdlpExplicit ? path.join(config.dataDir, 'bin', 'yt-dlp') : undefined;
  const managed = managedPath
    ? parseYtdlpVersion((await version(managedPath, ['--version'])) ?? '')
    : undefined;
  const host = await version(ytdlpPath, ['--version']);
  const ytdlp = managed ?? parseYtdlpVersion(host ?? '') ?? host;
  const source = managed
    ? "the bot's own release in DATA_DIR/bin"
    : config?.ytdlpExplicit
      ? 'YTDLP_PATH'
      : "the host's";
  add(
    'yt-dlp',
    ytdlp ? 'OK' : 'FAIL',
    ytdlp ? `version ${ytdlp}, ${source}` : `${ytdlpPath} not found`,
    ytdlp ? undefined : 'Install yt-dlp (apt install yt-dlp, or pip install yt-dlp) or set YTDLP_PATH.',
  );
  if (ytdlp) {
    const js = supportsJsRuntimes(ytdlp);
    add(
      'YouTube challenges',
      js ? 'OK' : 'WARN',
      js
        ? `yt-dlp gets this Node (${process.execPath}) as its JavaScript runtime; challenge solver: ${managed ? 'bundled in the release (yt-dlp-ejs)' : 'whatever the host yt-dlp has'}`
        : `yt-dlp ${ytdlp} is older than ${JS_RUNTIMES_SINCE} and cannot use a JavaScript runtime: YouTube links may fail`,
      js
        ? undefined
        : config?.ytdlpExplicit
          ? 'Point YTDLP_PATH at a current yt-dlp, or unset it so the bot keeps its own.'
          : 'The bot installs a current release itself (YTDLP_UPDATE_HOURS); an admin can run /ytdlp update now.',
    );
  }
  const ffmpegPath = config?.ffmpegPath ?? own('FFMPEG_PATH');
  const ffmpeg = await version(ffmpegPath, ['-version']);
  add(
    'ffmpeg',
    ffmpeg ? 'OK' : 'FAIL',
    ffmpeg ?? `${ffmpegPath} not found`,
    ffmpeg ? undefined : 'Install ffmpeg (apt install ffmpeg) or set FFMPEG_PATH.',
  );
  if (ffmpeg && !(await version(ffprobePathFor(ffmpegPath), ['-version']))) {
    add('ffprobe', 'WARN', 'not found', 'Install ffmpeg (it ships ffprobe) for video durations and sizes.');
  }
  const mtproto = !!(env.API_ID?.trim() && env.API_HASH?.trim());
  add(
    'MTProto',
    mtproto ? 'OK' : 'WARN',
    mtproto ? 'API_ID and API_HASH set' : 'not configured: files over the Bot API limit (50 MB) are refused',
    mtproto ? undefined : 'Get API_ID and API_HASH at https://my.telegram.org → API development tools.',
  );
  const chromiumPath = config?.chromiumPath ?? own('CHROMIUM_PATH');
  const chromium = await version(chromiumPath, ['--version']);
  add(
    'Chromium',
    chromium ? 'OK' : 'WARN',
    chromium ?? `${chromiumPath} not found: /pdf is unavailable`,
    chromium ? undefined : 'Install chromium (apt install chromium) or set CHROMIUM_PATH.',
  );

  const width = Math.max(...checks.map((c) => c.name.length));
  for (const c of checks) {
    process.stdout.write(`${c.status.padEnd(4)}  ${c.name.padEnd(width)}  ${c.detail}\n`);
    if (c.fix && c.status !== 'OK') process.stdout.write(`${' '.repeat(width + 8)}→ ${c.fix}\n`);
  }
  const failed = checks.filter((c) => c.status === 'FAIL').length;
  process.stdout.write(failed ? `\n${failed} problem(s) to fix.\n` : '\nAll checks passed.\n');
  return failed ? 1 : 0;
}

run().then((code) => process.exit(code));
