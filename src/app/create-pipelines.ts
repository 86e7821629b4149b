import type { Api } from 'grammy';
import type { Translator } from '../bot/i18n.js';
import type { Config } from '../config.js';
import { createBotApiUploader } from '../delivery/bot-api-uploader.js';
import { createMtprotoUploader } from '../delivery/mtproto-uploader.js';
import { createHttpDownloader } from '../download/http-download.js';
import type { Health } from '../health/health.js';
import { fetchAndDeliver, fetchLimit, type PipelineDeps } from '../jobs/fetch-and-deliver.js';
import type { createLifecycle } from '../lifecycle/lifecycle.js';
import type { Logger } from '../logger.js';
import { detectTool, ffprobePathFor } from '../media/tools.js';
import { classifyMtprotoError } from '../mtproto/classify.js';
import { createMtprotoClientManager } from '../mtproto/client-manager.js';
import { startGuardProxy } from '../net/guard-proxy.js';
import { createBrowserHost } from '../pdf/browser.js';
import { createPdfPipeline } from '../pdf/pdf-pipeline.js';
import type { Pipeline } from '../pipeline/types.js';
import type { JobRecord, Storage } from '../storage/types.js';
import { createVideoPipeline } from '../video/video-pipeline.js';
import { createYtdlp } from '../video/ytdlp.js';

/**
 * Everything a job runs on: the tools found on this host, the guarded downloader and proxy,
 * yt-dlp, the uploaders (MTProto when configured), Chromium for /pdf. Returns the pipeline for a
 * job; what is missing degrades to what still works, and /health says which tool is missing.
 */
export async function createPipelines(deps: {
  config: Config;
  storage: Storage;
  api: Api;
  uploadApi: Api;
  t: Translator;
  log: Logger;
  health: Health;
  lifecycle: ReturnType<typeof createLifecycle>;
}) {
  const { config, log, lifecycle } = deps;
  const [ffmpeg, ffprobe, ytdlpTool, chromium] = await Promise.all([
    detectTool(config.ffmpegPath, ['-version']),
    detectTool(ffprobePathFor(config.ffmpegPath), ['-version']),
    detectTool(config.ytdlpPath, ['--version']),
    detectTool(config.chromiumPath, ['--version']),
  ]);
  const tools = { 'yt-dlp': ytdlpTool, ffmpeg, ffprobe, chromium };
  const missing = Object.entries(tools)
    .filter(([, tool]) => !tool.available)
    .map(([name]) => name);
  deps.health.register('tools', () => ({ ok: true, detail: { ...tools, missing } }));
  if (missing.length) log.warn({ missing }, 'tools missing: page links fall back to direct downloads');

  const policy = { allowPrivate: config.allowPrivateNetwork, allowlist: config.networkAllowlist };
  const downloader = createHttpDownloader({
    policy,
    ...config.download,
    proxyUrl: config.downloadViaProxy ? config.proxyUrl : undefined,
  });
  lifecycle.defer('downloader', () => downloader.close());
  const guardProxy = await startGuardProxy(policy, log);
  lifecycle.defer('guard-proxy', () => guardProxy.close());

  const pipeline: PipelineDeps = {
    api: deps.api,
    t: deps.t,
    fileCache: deps.storage.fileCache,
    downloader,
    botApiUploader: createBotApiUploader(deps.uploadApi, { localFiles: config.botApiLocal }),
    tmpDir: config.tmpDir,
    maxFileBytes: config.maxFileBytes,
    botApiLimitBytes: config.botApiUploadLimitBytes,
    directSendOnly: config.directSendOnly,
    ffmpeg: ffmpeg.available ? ffmpeg.path : undefined,
    ffprobe: ffprobe.available ? ffprobe.path : undefined,
  };

  const mtproto = config.mtproto;
  if (mtproto) {
    const manager = createMtprotoClientManager({
      // mtcute is loaded on the first large upload: most bots never pay its memory.
      connect: async (signal) => {
        const { connectMtcute } = await import('../mtproto/mtcute-session.js');
        return connectMtcute({
          ...mtproto,
          botToken: config.botToken,
          dataDir: config.dataDir,
          proxyUrl: config.proxyUrl,
          signal,
        });
      },
      connectTimeoutMs: 30_000,
      log,
    });
    lifecycle.defer('mtproto', () => manager.close());
    deps.health.register('mtproto', manager.probe);
    pipeline.largeUploader = createMtprotoUploader({
      manager,
      inFlight: config.mtprotoPartsInFlight,
      classify: classifyMtprotoError,
    });
  }

  if (ytdlpTool.available) {
    const ytdlp = createYtdlp({
      path: config.ytdlpPath,
      ffmpegPath: ffmpeg.available ? config.ffmpegPath : undefined,
      probeTimeoutMs: config.ytdlpTimeoutMs,
      downloadTimeoutMs: config.download.totalTimeoutMs,
      proxy: config.downloadViaProxy && config.proxyUrl ? config.proxyUrl : guardProxy.url,
      cookiesFile: config.ytdlpCookies,
      cookieHeader: config.ytdlpCookieHeader,
      env: config.childEnv,
    });
    pipeline.video = createVideoPipeline(
      { ytdlp, api: deps.api, t: deps.t, kv: deps.storage.kv },
      () => pipeline,
    );
  }

  let pdf: Pipeline | undefined;
  if (chromium.available) {
    const browser = createBrowserHost({
      executablePath: config.chromiumPath,
      proxyUrl: guardProxy.url,
      idleMs: config.pdfBrowserIdleMs,
      log,
    });
    lifecycle.defer('browser', () => browser.close());
    pipeline.offerPdf = true;
    pdf = createPdfPipeline({ browser, policy }, () => pipeline);
  }

  const direct: Pipeline = (job, io) => fetchAndDeliver(pipeline, job, io);
  return {
    policy,
    pdfAvailable: pdf !== undefined,
    deliveryLimit: fetchLimit(pipeline),
    pipelineFor: (job: JobRecord): Pipeline => (job.kind === 'pdf' && pdf ? pdf : direct),
  };
}
