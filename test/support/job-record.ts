import type { JobRecord } from '../../src/storage/types.js';

/** A running job as delivery sees it, for tests that call sources and delivery directly. */
export function runningJob(overrides: Partial<JobRecord> = {}): JobRecord {
  return {
    id: '1',
    userId: 1,
    chatId: 1,
    linkId: null,
    url: 'http://x/',
    kind: 'auto',
    options: {},
    language: 'en',
    state: 'running',
    attempts: 1,
    statusMessageId: null,
    createdAt: 0,
    statusDueAt: 0,
    ...overrides,
  };
}
