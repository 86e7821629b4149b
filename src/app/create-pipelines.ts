import path from 'node:path';
import type { Api } from 'grammy';
import { createAdminNotices } from '../admin/admin-notices.js';
import type { Config } from '../config.js';
import { createBotApiUploader } from '../delivery/bot-api-uploader.js';
import { createDelivery } from '../delivery/delivery-service.js';
import { createMtprotoUploader } from '../delivery/mtproto-uploader.js';
import type { Uploader } from '../delivery/types.js';
import { createHttpDownloader } from '../download/http-download.js';
import type { Health } from '../health/health.js';
import type { Translator } from '../i18n/i18n.js';
import { createQuestions } from '../jobs/questions.js';
import { createLinkPipeline } from '../jobs/run-link.js';
import type { createLifecycle } from '../lifecycle/lifecycle.js';
import { enableOptimizingCompiler } from '../lifecycle/optimizing-compiler.js';
import type { Logger } from '../logger.js';
import { createReencoder } from '../media/reencode.js';
import { ffprobePathFor } from '../media/tools.js';
import { classifyMtprotoError } from '../mtproto/classify.js';
import type { MtprotoClientManager } from '../mtproto/client-manager.js';
import { startGuardProxy } from '../net/guard-proxy.js';
import { createBrowserHost } from '../pdf/browser.js';
import type { Pipeline } from '../pipeline/types.js';
import { createGalleryDlSource } from '../sources/gallery-dl-source.js';
import { createHttpSource } from '../sources/http-source.js';
import { createPdfSource } from '../sources/pdf-source.js';
import type { Source } from '../sources/source.js';
import { createTelegramFetchSource } from '../sources/telegram-fetch-source.js';
import { createVideoUnavailableSource } from '../sources/video-unavailable-source.js';
import { createYtdlpSource } from '../sources/ytdlp-source.js';
import type { Storage } from '../storage/types.js';
import { locateTool, type ToolInfo } from '../tools/run-tool.js';
import { createYtdlpManager } from '../video/ytdlp-manager.js';
import { createCookies, createYtdlpSide, NOTICE_EVERY_MS, plainFetchAllowed } from './create-ytdlp.js';

/** Which addresses links may point at. */
export const networkPolicy = (config: Config) => ({
  allowPrivate: config.allowPrivateNetwork,
  allowlist: config.networkAllowlist,
});

/** The largest file this set-up can send (what delivery's own limit comes to), for a front. */
export const deliveryLimitFor = (config: Config) =>
  config.mtproto ? config.maxFileBytes : Math.min(config.maxFileBytes, config.botApiUploadLimitBytes);

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
  /** The process's one MTProto client (API_ID/API_HASH), shared with file links. */
  mtproto?: MtprotoClientManager;
  /** Sources a deployment adds (a torrent or cloud-drive source), asked before the direct download. */
  extraSources?: Source[];
}) {
  const { config, log, lifecycle } = deps;
  const notices = createAdminNotices({
    api: deps.api,
    t: deps.t,
    adminIds: config.adminIds,
    users: deps.storage.users,
    kv: deps.storage.kv,
    language: config.defaultLanguage,
    log,
  });
  const ytdlpManager = createYtdlpManager({
    dataDir: config.dataDir,
    path: config.ytdlpPath,
    explicit: config.ytdlpExplicit,
    release: config.ytdlpRelease,
    log,
    onRefused: (r) =>
      void notices.once(`ytdlp-release:${r.reason}`, NOTICE_EVERY_MS, 'notice-ytdlp-refused', {
        reason: r.message,
      }),
  });
  // The tools are looked for while the bot already answers: a job waits for them, a reply does not.
  const ytdlpStarted = ytdlpManager.start();
  const found = Promise.all([
    locateTool(config.ffmpegPath),
    locateTool(ffprobePathFor(config.ffmpegPath)),
    locateTool(config.chromiumPath),
    locateTool(config.galleryDlPath),
    ytdlpStarted,
  ]).then(([ffmpeg, ffprobe, chromium, galleryDl]) => {
    const ytdlpTool = { available: ytdlpManager.status().available, path: ytdlpManager.current().path };
    return { 'yt-dlp': ytdlpTool, ffmpeg, ffprobe, chromium, 'gallery-dl': galleryDl };
  });
  // Until they are found /health says so, rather than keep the answer waiting.
  let tools: Tools | undefined;
  found.then(
    (t) => {
      tools = t;
    },
    () => {},
  );
  deps.health.register('yt-dlp', () => ({
    ok: true,
    detail: { ...ytdlpManager.status(), ...(tools ? {} : { looking: true }) },
  }));
  deps.health.register('tools', () => ({
    ok: true,
    detail: tools ? { ...tools, missing: missingOf(tools) } : { looking: true },
  }));

  const policy = networkPolicy(config);
  // With ALLOW_DOWNLOAD_VIA_PROXY the operator's proxy is the guard proxy's upstream: every
  // destination is still checked here first, whoever fetches it.
  const viaProxy = config.downloadViaProxy ? config.proxyUrl : undefined;
  const guardProxy = await startGuardProxy(policy, log, viaProxy);
  lifecycle.defer('guard-proxy', () => guardProxy.close());
  const downloader = createHttpDownloader({
    policy,
    ...config.download,
    proxyUrl: viaProxy ? guardProxy.url : undefined,
    onLargeFile: enableOptimizingCompiler,
  });
  lifecycle.defer('downloader', () => downloader.close());

  const cookies = createCookies(config, deps.storage.kv);

  /** What needs to know the tools: delivery (ffmpeg), the sources in their order, the pipeline. */
  const assemble = async (tools: Tools) => {
    const { ffmpeg, ffprobe, chromium, 'gallery-dl': galleryDl } = tools;
    const missing = missingOf(tools);
    if (missing.length) log.warn({ missing }, 'tools missing: what they do is refused or done without');
    // What each missing tool costs, told to the admins (yt-dlp when a link needs it: the manager
    // may still install a release).
    for (const [present, key] of [
      [ffmpeg.available && ffprobe.available, 'notice-missing-ffmpeg'],
      [galleryDl.available, 'notice-missing-gallery-dl'],
      [chromium.available, 'notice-missing-chromium'],
    ] as const)
      if (!present) void notices.once(`tool-missing:${key}`, NOTICE_EVERY_MS, key);

    let largeUploader: Uploader | undefined;
    const manager = deps.mtproto;
    if (manager) {
      largeUploader = createMtprotoUploader({
        manager,
        inFlight: config.mtprotoPartsInFlight,
        classify: classifyMtprotoError,
      });
    }

    const delivery = createDelivery({
      api: deps.api,
      t: deps.t,
      fileCache: deps.storage.fileCache,
      botApiUploader: createBotApiUploader(deps.uploadApi, { localFiles: config.botApiLocal }),
      largeUploader,
      tmpDir: config.tmpDir,
      maxFileBytes: config.maxFileBytes,
      botApiLimitBytes: config.botApiUploadLimitBytes,
      ffmpeg: ffmpeg.available ? ffmpeg.path : undefined,
      ffprobe: ffprobe.available ? ffprobe.path : undefined,
      log,
    });

    const { ytdlp, proxyUrl: ytdlpProxyUrl } = await createYtdlpSide({
      ...deps,
      notices,
      manager: ytdlpManager,
      cookies,
      ffmpegAvailable: ffmpeg.available,
      policy,
      guardProxy,
    });
    const browser = chromium.available
      ? createBrowserHost({
          executablePath: config.chromiumPath,
          proxyUrl: guardProxy.url,
          idleMs: config.pdfBrowserIdleMs,
          tmpDir: path.join(config.dataDir, 'browser'),
          log,
        })
      : undefined;
    if (browser) lifecycle.defer('browser', () => browser.close());

    // The sources, in the order they are asked; a new source is a file in sources/ and a line here.
    const sources: Source[] = [
      ...(browser
        ? [createPdfSource({ browser, policy, limits: { navigationMs: config.pdfNavigationMs } })]
        : []),
      createYtdlpSource({
        ytdlp,
        available: () => ytdlpManager.status().available,
        ffprobe: ffprobe.available ? ffprobe.path : undefined,
        reencoder: ffmpeg.available
          ? createReencoder({
              ffmpeg: ffmpeg.path,
              timeoutMs: Math.max(600_000, 4 * config.reencodeMaxSeconds * 1000),
            })
          : undefined,
        maxSeconds: config.reencodeMaxSeconds,
        maxItems: config.playlistMaxItems,
        maxTotalBytes: config.jobMaxTotalBytes,
        plain: { downloader, allowed: plainFetchAllowed(config, cookies) },
      }),
      ...(galleryDl.available
        ? [
            createGalleryDlSource({
              path: galleryDl.path,
              proxy: ytdlpProxyUrl,
              maxItems: config.playlistMaxItems,
              maxTotalBytes: config.jobMaxTotalBytes,
            }),
          ]
        : []),
      createVideoUnavailableSource({
        available: () => ytdlpManager.status().available,
        onMissing: () => void notices.once('tool-missing:yt-dlp', NOTICE_EVERY_MS, 'notice-missing-yt-dlp'),
      }),
      ...(deps.extraSources ?? []),
      createTelegramFetchSource({ directSendOnly: config.directSendOnly, delivery }),
      createHttpSource({ downloader, delivery }),
    ];

    return createLinkPipeline({
      sources,
      delivery,
      head: (url, signal) => downloader.head(url, signal),
      tmpDir: config.tmpDir,
      directSendOnly: config.directSendOnly,
      offerPdf: browser !== undefined,
      api: deps.api,
      t: deps.t,
      questions: createQuestions({ api: deps.api, t: deps.t, kv: deps.storage.kv, queue: deps.storage.jobs }),
    });
  };
  const assembled = found.then(assemble);
  // A failure here ends start-up (see `ready`); a job meanwhile fails with it like any other error.
  assembled.catch(() => {});

  return {
    policy,
    ytdlpManager,
    cookies,
    pdfAvailable: () => found.then((tools) => tools.chromium.available),
    deliveryLimit: deliveryLimitFor(config),
    /** Settles once the tools are found and the pipeline is built; rejects if it cannot be. */
    ready: assembled.then(() => undefined),
    pipeline: (async (job, io) => (await assembled)(job, io)) satisfies Pipeline,
  };
}

type Tools = Record<'yt-dlp' | 'ffmpeg' | 'ffprobe' | 'chromium' | 'gallery-dl', ToolInfo>;

const missingOf = (tools: Tools) =>
  Object.entries(tools)
    .filter(([, tool]) => !tool.available)
    .map(([name]) => name);
