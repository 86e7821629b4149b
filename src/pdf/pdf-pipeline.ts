import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeFilename } from '../download/filename.js';
import { fetchLimit, type PipelineDeps } from '../jobs/fetch-and-deliver.js';
import type { NetworkPolicy } from '../net/guard.js';
import { type Delivered, JobFailure, type JobIO } from '../pipeline/types.js';
import type { JobRecord } from '../storage/types.js';
import type { BrowserHost } from './browser.js';
import { DEFAULT_PDF_LIMITS, renderPdf } from './render-pdf.js';

/** /pdf jobs: render the page with the shared browser, send the PDF named after the page title. */
export function createPdfPipeline(
  deps: { browser: BrowserHost; policy: NetworkPolicy; limits?: Partial<typeof DEFAULT_PDF_LIMITS> },
  pipeline: () => PipelineDeps,
) {
  return async (job: JobRecord, io: JobIO): Promise<Delivered> => {
    const p = pipeline();
    const dir = path.join(p.tmpDir, `job-${job.id}`);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'page.pdf');
    io.report({ phase: 'processing', step: 'rendering' });
    const heartbeat = setInterval(io.touch, 1000);
    let rendered: { title: string; size: number };
    try {
      rendered = await deps.browser.use((browser) =>
        renderPdf(browser, {
          url: job.url,
          file,
          pdf: {
            format: job.options.format === 'Letter' ? 'Letter' : 'A4',
            landscape: job.options.landscape === true,
          },
          limits: {
            ...DEFAULT_PDF_LIMITS,
            ...deps.limits,
            maxBytes: fetchLimit(p),
          },
          policy: deps.policy,
          signal: io.signal,
        }),
      );
    } finally {
      clearInterval(heartbeat);
    }
    const title = rendered.title || new URL(job.url).hostname;
    const uploader = rendered.size <= p.botApiLimitBytes ? p.botApiUploader : p.largeUploader;
    if (!uploader)
      throw new JobFailure('over-upload-limit', 'PDF too large', {
        size: rendered.size,
        limit: p.botApiLimitBytes,
      });
    const sent = await uploader.upload({
      chatId: job.chatId,
      file,
      filename: sanitizeFilename(`${title}.pdf`),
      size: rendered.size,
      media: { kind: 'document', mime: 'application/pdf', ext: 'pdf' },
      caption: `📄 ${title}\n🔗 ${job.url}`.slice(0, 1024),
      signal: io.signal,
    });
    return { size: rendered.size, sent };
  };
}
