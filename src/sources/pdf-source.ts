import path from 'node:path';
import { sanitizeFilename } from '../download/filename.js';
import type { NetworkPolicy } from '../net/guard.js';
import type { BrowserHost } from '../pdf/browser.js';
import { DEFAULT_PDF_LIMITS, renderPdf } from '../pdf/render-pdf.js';
import type { Source } from './source.js';

/** /pdf jobs: the page rendered by the shared browser, named after the page's title. */
export function createPdfSource(deps: {
  browser: BrowserHost;
  policy: NetworkPolicy;
  limits?: Partial<typeof DEFAULT_PDF_LIMITS>;
}): Source {
  return {
    name: 'pdf',
    accepts: ({ job }) => job.kind === 'pdf',
    async fetch({ job, dir, maxBytes }, io) {
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
            limits: { ...DEFAULT_PDF_LIMITS, ...deps.limits, maxBytes },
            policy: deps.policy,
            signal: io.signal,
          }),
        );
      } finally {
        clearInterval(heartbeat);
      }
      const title = rendered.title || new URL(job.url).hostname;
      return {
        files: [
          {
            file,
            filename: sanitizeFilename(`${title}.pdf`),
            size: rendered.size,
            asDocument: { mime: 'application/pdf', ext: 'pdf' },
            caption: `📄 ${title}\n🔗 ${job.url}`.slice(0, 1024),
          },
        ],
      };
    },
  };
}
