import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { describeQueueContract } from './queue.contract.js';
import { describeRepositoriesContract } from './repositories.contract.js';

const fresh = async () => createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'pishtaz-contract-')));

describeQueueContract('SQLite', async () => (await fresh()).jobs);
describeRepositoriesContract('SQLite', fresh);
