import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { dataDirFromEnvironment, parseVariable, readEnvironment } from '../config.js';
import { createLogger } from '../logger.js';
import { createSqliteStorage } from '../storage/sqlite/index.js';
import type { Storage } from '../storage/types.js';
import { parseLinkLogLine } from './parse-link-log.js';

/** `npm run import-links -- <path>`: the original bot's link log into the history; safe to rerun. */
async function main(file: string | undefined): Promise<number> {
  if (!file) {
    process.stderr.write('Usage: npm run import-links -- <path to the original links log>\n');
    return 2;
  }
  const storage = await storageInUse();
  let added = 0;
  let skipped = 0;
  let bad = 0;
  let n = 0;
  try {
    const lines = createInterface({
      input: createReadStream(file, 'utf8'),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const raw of lines) {
      n++;
      if (!raw.trim()) continue;
      const parsed = parseLinkLogLine(raw);
      if (typeof parsed === 'string') {
        bad++;
        process.stdout.write(`line ${n}: ${parsed}\n`);
        continue;
      }
      if (await storage.links.importLine(parsed.userId, parsed.url, parsed.createdAt)) added++;
      else skipped++;
    }
  } finally {
    await storage.close();
  }
  process.stdout.write(`imported ${added}, already present ${skipped}, bad lines ${bad}\n`);
  return 0;
}

/** The database the bot uses: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR. */
async function storageInUse(): Promise<Storage> {
  const url = parseVariable('DATABASE_URL', readEnvironment());
  if (!url.ok) throw new Error(url.error);
  if (!url.value) return createSqliteStorage(dataDirFromEnvironment());
  const { createPostgresStorage } = await import('../storage/postgres/index.js');
  return createPostgresStorage(url.value, createLogger({ level: 'silent', secrets: [] }));
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`import failed: ${err.message}\n`);
    process.exit(1);
  },
);
