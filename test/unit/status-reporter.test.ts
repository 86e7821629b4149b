import type { Api } from 'grammy';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createStatusReporter } from '../../src/jobs/status-reporter.js';
import { waitUntil } from '../support/spawn-bot.js';

describe('a job status message', () => {
  it('renders the text only when an edit is due, and shows the newest', async () => {
    const edits: string[] = [];
    const api = {
      editMessageText: async (_chat: number, _id: number, text: string) => {
        edits.push(text);
        return true;
      },
    } as unknown as Api;
    const status = createStatusReporter({
      api,
      chatId: 1,
      messageId: 2,
      intervalMs: 200,
      log: pino({ level: 'silent' }),
    });
    let renders = 0;
    // A download reports every 64 KiB: thousands of steps between two edits.
    for (let step = 1; step <= 5000; step++) {
      status.set(() => {
        renders++;
        return `downloading ${step}`;
      });
    }
    await waitUntil(() => edits.length === 1, 2000, 'the first edit');
    expect(edits).toEqual(['downloading 5000']);
    expect(renders).toBe(1);
    status.close();
  });
});
