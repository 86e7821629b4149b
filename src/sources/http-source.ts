import path from 'node:path';
import type { Delivery } from '../delivery/delivery-service.js';
import type { HttpDownloader } from '../download/http-download.js';
import { createRateMeter } from '../jobs/status-text.js';
import type { Source } from './source.js';

/** Any http(s) link, streamed to disk through the guarded downloader. */
export function createHttpSource(deps: { downloader: HttpDownloader; delivery: Delivery }): Source {
  return {
    name: 'http',
    accepts: () => true,
    async fetch({ job, head, dir, maxBytes }, io) {
      deps.delivery.checkSize(head?.size);
      const rate = createRateMeter();
      const result = await deps.downloader
        .download({
          url: job.url,
          file: path.join(dir, 'download'),
          maxBytes,
          signal: io.signal,
          onProgress: (done, total) => {
            io.touch();
            io.report({ phase: 'downloading', done, total, speed: rate(done) });
          },
        })
        .catch((err: unknown) => {
          throw deps.delivery.explainLimit(err);
        });
      return {
        files: [{ file: result.file, filename: result.filename, size: result.size }],
        offerPdf: /html/i.test(result.contentType ?? ''),
      };
    },
  };
}
