import type { Api, Composer } from 'grammy';
import type { Broadcaster } from '../admin/broadcast.js';
import type { BotContext } from '../bot/context.js';
import { createAdminFeature } from '../bot/features/admin.js';
import { createAnswersFeature } from '../bot/features/answers.js';
import { createCancelFeature } from '../bot/features/cancel.js';
import { createDashboardFeature } from '../bot/features/dashboard.js';
import { createFallbackFeature } from '../bot/features/fallback.js';
import { createFileLinksFeature } from '../bot/features/file-links.js';
import { createHistoryFeature } from '../bot/features/history.js';
import { createLinksFeature } from '../bot/features/links.js';
import { createPdfFeature } from '../bot/features/pdf.js';
import { createSettingsFeature } from '../bot/features/settings.js';
import { createStartFeature } from '../bot/features/start.js';
import { createYtdlpAdminFeature } from '../bot/features/ytdlp-admin.js';
import { createQuota } from '../bot/quota.js';
import type { Config } from '../config.js';
import type { CookiePool } from '../cookies/cookie-pool.js';
import { createAdminSessions } from '../dashboard/admin-sessions.js';
import type { TelegramBytes } from '../file-links/telegram-bytes.js';
import type { Translator } from '../i18n/i18n.js';
import type { JobControl } from '../jobs/job-control.js';
import { createQuestions } from '../jobs/questions.js';
import type { NetworkPolicy } from '../net/guard.js';
import type { Storage } from '../storage/types.js';
import type { YtdlpManager } from '../video/ytdlp-manager.js';

/** One composer per feature, in the order they see an update; the catch-all comes last. */
export function createFeatures(deps: {
  config: Config;
  storage: Storage;
  api: Api;
  t: Translator;
  jobs: JobControl;
  policy: NetworkPolicy;
  /** Whether /pdf can run (Chromium found); asked when a PDF is wanted. */
  pdfAvailable: () => Promise<boolean>;
  /** The largest file delivery can send with this set-up. */
  deliveryLimit: number;
  broadcaster: Broadcaster;
  ytdlp?: { manager: YtdlpManager; cookies: CookiePool };
  downloadFile: (fileId: string, maxBytes: number) => Promise<string>;
  /** Where file links get their bytes (its limit decides which files get a link). */
  telegramBytes: TelegramBytes;
  startedAt: number;
}): Composer<BotContext>[] {
  const { config, storage } = deps;
  const links = createLinksFeature({
    links: storage.links,
    queue: storage.jobs,
    jobs: deps.jobs,
    policy: deps.policy,
    admission: createQuota({
      links: storage.links,
      linksPerHour: config.userLinksPerHour,
      dailyBytes: config.userDailyQuotaBytes,
    }),
  });
  return [
    createStartFeature({ limitBytes: deps.deliveryLimit }),
    createCancelFeature({ queue: storage.jobs, jobs: deps.jobs, links: storage.links }),
    createSettingsFeature({ users: storage.users }),
    createHistoryFeature({ links: storage.links, retentionMs: config.linkRetentionMs }),
    createAdminFeature({
      users: storage.users,
      links: storage.links,
      fileLinks: storage.fileLinks,
      queue: storage.jobs,
      broadcaster: deps.broadcaster,
      startedAt: deps.startedAt,
    }),
    createDashboardFeature({ sessions: createAdminSessions(storage.kv), publicUrl: config.publicUrl }),
    createYtdlpAdminFeature({
      manager: deps.ytdlp?.manager,
      cookies: deps.ytdlp?.cookies,
      downloadFile: deps.downloadFile,
    }),
    // After /cookies (a cookies file sent with that caption is not a file to link).
    createFileLinksFeature({
      links: storage.fileLinks,
      bytes: deps.telegramBytes,
      publicUrl: config.publicUrl,
      ttlMs: config.fileLinks.ttlMs,
      perDay: config.fileLinks.perDay,
    }),
    createAnswersFeature({
      questions: createQuestions({ api: deps.api, t: deps.t, kv: storage.kv, queue: storage.jobs }),
      submit: links.submitLink,
      pdfAvailable: deps.pdfAvailable,
    }),
    createPdfFeature({
      available: deps.pdfAvailable,
      submit: (ctx, url, options) => links.submitLink(ctx, url, 'pdf', options),
    }),
    links.composer,
    createFallbackFeature(),
  ];
}
