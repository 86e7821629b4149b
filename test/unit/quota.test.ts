import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { createI18n } from '../../src/bot/i18n.js';
import { createQuota } from '../../src/bot/quota.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';

const HOUR = 3_600_000;

describe('per-user quotas on an injected clock', () => {
  it('refuses the 4th link in an hour with a limit of 3, says when to retry, and admits again after the hour', async () => {
    const storage = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'quota-')));
    const { t } = createI18n('en');
    let now = 10 * HOUR;
    const quota = createQuota({ links: storage.links, linksPerHour: 3, dailyBytes: 0, clock: () => now });
    const ctx = {
      from: { id: 5 },
      t: (key: string, vars?: Record<string, string | number>) => t('en', key, vars),
    };
    // As the links feature does: the link is recorded, checked, and marked refused if it is.
    const submit = async () => {
      const link = await storage.links.add(5, 'https://x.example/', now);
      const refusal = await quota.check(ctx as unknown as BotContext);
      if (refusal) await storage.links.setOutcome(link.id, 'refused', { errorClass: 'quota' });
      return refusal;
    };
    expect(await submit()).toBeUndefined();
    now += 10 * 60_000;
    expect(await submit()).toBeUndefined();
    expect(await submit()).toBeUndefined();
    const refusal = await submit();
    expect(refusal).toMatch(/3/);
    // The oldest of the hour's links was 10 min before the refusal: 50 min to wait.
    expect(refusal).toContain('try again in 50:00');
    now += 50 * 60_000 + 1; // the first link is now more than an hour old
    expect(await submit()).toBeUndefined();
    expect(await submit()).toMatch(/3 links per hour/);
    await storage.close();
  });
});
