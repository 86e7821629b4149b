import { stat } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { checkUrl, type NetworkPolicy } from '../net/guard.js';
import { JobFailure } from '../pipeline/types.js';

export interface PdfOptions {
  format: 'A4' | 'Letter';
  landscape: boolean;
}

export interface PdfLimits {
  navigationMs: number;
  totalMs: number;
  maxHeightPx: number;
  scrollMs: number;
  maxBytes: number;
}

export const DEFAULT_PDF_LIMITS: Omit<PdfLimits, 'maxBytes'> = {
  navigationMs: 30_000,
  totalMs: 90_000,
  maxHeightPx: 30_000,
  scrollMs: 5_000,
};

/**
 * Renders a page to a PDF file in a fresh, isolated context (no cookies or storage shared between
 * users): requests checked by scheme here and by address in the guard proxy, no service workers,
 * no downloads, dialogs dismissed, a bounded scroll for lazy images, the page height capped so
 * an endless page still prints, and every step under a deadline.
 */
export async function renderPdf(
  browser: Browser,
  opts: {
    url: string;
    file: string;
    pdf: PdfOptions;
    limits: PdfLimits;
    policy: NetworkPolicy;
    signal: AbortSignal;
  },
): Promise<{ title: string; size: number }> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    acceptDownloads: false,
    locale: 'fa-IR',
  });
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  // Cancel and the total deadline win at once; the context is closed in `finally` either way.
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => reject(new JobFailure('cancelled', 'cancelled'));
    if (opts.signal.aborted) onAbort();
    else opts.signal.addEventListener('abort', onAbort, { once: true });
    timer = setTimeout(
      () => reject(new JobFailure('timeout', 'rendering took too long')),
      opts.limits.totalMs,
    );
  });
  try {
    return await Promise.race([render(context, opts), stopped]);
  } catch (err) {
    if (opts.signal.aborted) throw new JobFailure('cancelled', 'cancelled');
    if (err instanceof JobFailure) throw err;
    throw new JobFailure('timeout', (err as Error).message.split('\n')[0] ?? 'rendering failed');
  } finally {
    clearTimeout(timer);
    if (onAbort) opts.signal.removeEventListener('abort', onAbort);
    await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  }
}

async function render(
  context: BrowserContext,
  opts: { url: string; file: string; pdf: PdfOptions; limits: PdfLimits; policy: NetworkPolicy },
): Promise<{ title: string; size: number }> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    try {
      checkUrl(url, opts.policy);
      return route.continue();
    } catch {
      return route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('dialog', (d) => void d.dismiss().catch(() => {}));
  try {
    await page.goto(opts.url, { timeout: opts.limits.navigationMs, waitUntil: 'load' });
  } catch (err) {
    // A page that never finishes loading still prints what it has, if anything arrived.
    if (page.url() === 'about:blank')
      throw new JobFailure('timeout', (err as Error).message.split('\n')[0] ?? 'navigation failed');
  }
  await page.evaluate(
    async ({ maxHeight, scrollMs }) => {
      const end = Date.now() + scrollMs;
      for (
        let y = 0;
        y < Math.min(document.body.scrollHeight, maxHeight) && Date.now() < end;
        y += window.innerHeight
      ) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 100));
      }
      window.scrollTo(0, 0);
      const style = document.createElement('style');
      style.textContent = `html, body { max-height: ${maxHeight}px !important; overflow: hidden !important; }`;
      document.head.append(style);
    },
    { maxHeight: opts.limits.maxHeightPx, scrollMs: opts.limits.scrollMs },
  );
  const title = (await page.title()).trim();
  await page.pdf({
    path: opts.file,
    format: opts.pdf.format,
    landscape: opts.pdf.landscape,
    printBackground: true,
  });
  const { size } = await stat(opts.file);
  if (size > opts.limits.maxBytes)
    throw new JobFailure('too-large', 'PDF too large', { size, limit: opts.limits.maxBytes });
  return { title, size };
}
