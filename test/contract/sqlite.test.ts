import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { describeQueueContract } from './queue.contract.js';
import { describeRepositoriesContract } from './repositories.contract.js';
import { describeSendScheduleContract } from './send-schedule.contract.js';

const fresh = async () => createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'pishtaz-contract-')));

describeQueueContract('SQLite', async () => (await fresh()).jobs);
describeRepositoriesContract('SQLite', fresh);
describeSendScheduleContract('SQLite', async () => {
  const { sendSchedule } = await fresh();
  return [sendSchedule, sendSchedule];
});

describe('SQLite in one process', () => {
  it("tells its listeners which job's status message was recorded, and nothing of one refused", async () => {
    const { jobs } = await fresh();
    const heard: string[] = [];
    jobs.onStatusMessage((id) => heard.push(id));
    const job = (n: number) =>
      jobs.enqueue(
        { userId: n, chatId: n, linkId: null, url: `https://example.com/${n}`, kind: 'auto', language: 'en' },
        1000,
      );
    const [first, second] = [(await job(1))!, (await job(2))!];
    expect(await jobs.setStatusMessage(first.id, 10)).toBe(true);
    expect(await jobs.setStatusMessage(first.id, 11)).toBe(false);
    expect(await jobs.setStatusMessage(second.id, 12)).toBe(true);
    await Promise.resolve();
    expect(heard).toEqual([first.id, second.id]);
  });
});
