import path from 'node:path';
import type { Delivery } from '../delivery/delivery-service.js';
import { createGrowth, type Growth } from '../download/growing-file.js';
import type { HttpDownloader } from '../download/http-download.js';
import { createRateMeter } from '../pipeline/rate-meter.js';
import { JobFailure } from '../pipeline/types.js';
import type { Source } from './source.js';

/** The head a file hands delivery before the rest has landed: enough for its magic bytes. */
const HEAD_BYTES = 512 * 1024;

/**
 * Any http(s) link, streamed to disk through the guarded downloader. When the response says its
 * length, the file is handed to delivery as soon as its head is on disk and the download goes
 * on underneath (`LocalFile.growing`): delivery may start the upload at once.
 */
export function createHttpSource(deps: { downloader: HttpDownloader; delivery: Delivery }): Source {
  return {
    name: 'http',
    accepts: () => true,
    async fetch({ job, head, dir, maxBytes }, io) {
      deps.delivery.checkSize(head?.size);
      const rate = createRateMeter();
      const file = path.join(dir, 'download');
      // Its own controller: delivery may stop the download it no longer needs.
      const control = new AbortController();
      const cancel = () => control.abort(io.signal.reason);
      io.signal.addEventListener('abort', cancel, { once: true });
      let info: { filename: string; contentType: string | undefined } | undefined;
      let growth: Growth | undefined;
      let headReady: () => void = () => {};
      const headLanded = new Promise<void>((resolve) => {
        headReady = resolve;
      });

      const download = deps.downloader.download({
        url: job.url,
        file,
        maxBytes,
        signal: control.signal,
        onHeaders: (h) => {
          info = h;
          if (h.size) growth = createGrowth(h.size, stop);
        },
        diskNeeded: (size) => deps.delivery.diskNeeded(size, info?.contentType),
        onWritten: (bytes) => {
          growth?.advance(bytes);
          if (growth && bytes >= Math.min(HEAD_BYTES, growth.file.size)) headReady();
        },
        onProgress: (done, total) => {
          io.touch();
          const sent = growth?.file.sent;
          io.report({
            phase: 'downloading',
            done,
            total,
            speed: rate(done),
            streamed: sent ? { downloaded: done, sent } : undefined,
          });
        },
      });
      const settled = download.then(
        (result) => {
          growth?.finish();
          return result;
        },
        (err: unknown) => {
          const failure = deps.delivery.explainLimit(err);
          growth?.fail(failure);
          throw failure;
        },
      );
      settled.catch(() => {}).finally(() => io.signal.removeEventListener('abort', cancel));
      async function stop() {
        control.abort(new JobFailure('cancelled', 'the download is no longer needed'));
        await settled.catch(() => {});
      }

      const first = await Promise.race([settled, headLanded.then(() => undefined)]);
      const offerPdf = /html/i.test((first?.contentType ?? info?.contentType) || '');
      if (first || !growth || !info) {
        const result = first ?? (await settled);
        return { files: [{ file: result.file, filename: result.filename, size: result.size }], offerPdf };
      }
      return {
        files: [{ file, filename: info.filename, size: growth.file.size, growing: growth.file }],
        offerPdf,
      };
    },
  };
}
