import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Logger } from '../logger.js';
import { toolEnvironment } from '../tools/run-tool.js';

/**
 * One headless Chromium, shared by PDF jobs: launched on first use, relaunched if it crashes,
 * closed after it has been idle for a while (a browser is heavy on a 512 MB host). All its
 * traffic goes through the guard proxy, loopback included, so the network guard holds inside.
 */
export function createBrowserHost(deps: {
  executablePath: string;
  proxyUrl: string;
  idleMs: number;
  /**
   * The browser's TMPDIR, emptied before its first launch: Chromium leaves its profile and
   * singleton socket there when it is killed, and each launch's is removed once it exits.
   */
  tmpDir: string;
  log: Logger;
}) {
  let browser: Promise<Browser> | undefined;
  let leftoversRemoved = false;
  /** Idle closes and removals of exited browsers' TMPDIRs still under way (close waits for them). */
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  let users = 0;
  let idleTimer: NodeJS.Timeout | undefined;

  async function launch(): Promise<Browser> {
    const { chromium } = await import('playwright-core');
    if (!leftoversRemoved) await rm(deps.tmpDir, { recursive: true, force: true });
    leftoversRemoved = true;
    await mkdir(deps.tmpDir, { recursive: true });
    const tmp = await mkdtemp(path.join(deps.tmpDir, 'run-'));
    const removeTmp = () => track(rm(tmp, { recursive: true, force: true }).catch(() => {}));
    const b = await chromium
      .launch({
        executablePath: deps.executablePath,
        timeout: 30_000,
        // The same minimal environment as every other tool: never the bot's secrets.
        env: toolEnvironment({ TMPDIR: tmp }),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--proxy-server=${deps.proxyUrl}`,
          '--proxy-bypass-list=<-loopback>',
          // WebRTC's UDP would go around the proxy, and so around the guard.
          '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
        ],
      })
      .catch((err) => {
        removeTmp();
        throw err;
      });
    b.on('disconnected', () => {
      deps.log.warn('Chromium exited; it is relaunched on the next PDF');
      browser = undefined;
      removeTmp();
    });
    return b;
  }

  const closeIfIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (users > 0 || !browser) return;
      const b = browser;
      browser = undefined;
      track(b.then((x) => x.close()).catch(() => {}));
      deps.log.info('Chromium closed after being idle');
    }, deps.idleMs);
    idleTimer.unref();
  };

  return {
    /** Runs `fn` with the browser; keeps it open while any job uses it. */
    async use<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
      users++;
      clearTimeout(idleTimer);
      try {
        browser ??= launch().catch((err) => {
          browser = undefined;
          throw err;
        });
        return await fn(await browser);
      } finally {
        users--;
        if (users === 0) closeIfIdle();
      }
    },
    isOpen: () => browser !== undefined,
    async close() {
      clearTimeout(idleTimer);
      const b = browser;
      browser = undefined;
      await b?.then((x) => x.close()).catch(() => {});
      // An idle close ends by starting the removal of its browser's folder: wait for that too.
      while (pending.size) await Promise.all(pending);
    },
  };
}

export type BrowserHost = ReturnType<typeof createBrowserHost>;
