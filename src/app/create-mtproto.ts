import type { Config } from '../config.js';
import type { Health } from '../health/health.js';
import type { createLifecycle } from '../lifecycle/lifecycle.js';
import type { Logger } from '../logger.js';
import { createMtprotoClientManager, type MtprotoClientManager } from '../mtproto/client-manager.js';

/** The process's one MTProto client (when API_ID and API_HASH are set): large uploads and file links share it. */
export function createMtproto(deps: {
  config: Config;
  log: Logger;
  health: Health;
  lifecycle: ReturnType<typeof createLifecycle>;
}): MtprotoClientManager | undefined {
  const { config } = deps;
  const mtproto = config.mtproto;
  if (!mtproto) return undefined;
  const manager = createMtprotoClientManager({
    // mtcute is loaded on first use: most bots never pay its memory.
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
    log: deps.log,
  });
  deps.lifecycle.defer('mtproto', () => manager.close());
  deps.health.register('mtproto', manager.probe);
  return manager;
}
