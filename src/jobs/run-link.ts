import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Api } from 'grammy';
import type { Delivery } from '../delivery/delivery-service.js';
import type { HeadInfo } from '../download/response-info.js';
import type { Translator } from '../i18n/i18n.js';
import { metrics } from '../metrics/metrics.js';
import { type Asked, type Delivered, JobFailure, type Pipeline } from '../pipeline/types.js';
import type { Source } from '../sources/source.js';
import { tellAfterDelivery } from './after-delivery.js';
import type { Questions } from './questions.js';

/**
 * A link from source to delivery: a cached file_id is resent at once; otherwise the guarded HEAD
 * tells the sources what the link is, the first source that accepts it (and finds something)
 * fetches it, and delivery sends what it fetched.
 */
export function createLinkPipeline(deps: {
  sources: Source[];
  delivery: Delivery;
  head: (url: string, signal: AbortSignal) => Promise<HeadInfo | undefined>;
  tmpDir: string;
  directSendOnly: boolean;
  /** Offer a PDF button under a delivered HTML page (when Chromium is available). */
  offerPdf: boolean;
  api: Api;
  t: Translator;
  questions: Questions;
}): Pipeline {
  return async (job, io): Promise<Delivered | Asked> => {
    const cached = await deps.delivery.resendCached(job, io);
    if (cached) return cached;
    io.report({ phase: 'probing' });
    const head = job.kind === 'pdf' ? undefined : await deps.head(job.url, io.signal);
    const dir = path.join(deps.tmpDir, `job-${job.id}`);
    await mkdir(dir, { recursive: true });
    const probe = { job, url: new URL(job.url), head, dir, maxBytes: deps.delivery.limitBytes };

    for (const source of deps.sources) {
      if (!source.accepts(probe)) continue;
      const outcome = await source.fetch(probe, io);
      if (!outcome) continue;
      await io.shown();
      if ('question' in outcome) {
        await deps.questions.ask(job, outcome.question);
        return { asked: outcome.question.kind };
      }
      if ('byUrl' in outcome) {
        const sent = await deps.delivery.sendByUrl(job, outcome.byUrl.url, outcome.byUrl.size);
        if (sent) return sent;
        if (deps.directSendOnly) throw new JobFailure('direct-only', 'Telegram refused to fetch the URL');
        continue;
      }
      // A file handed over while still landing: its download ends with the delivery, whatever happens.
      for (const f of outcome.files) metrics.bytes('downloaded', f.size);
      const delivered = await deps.delivery
        .deliver(job, io, outcome.files)
        .finally(() => Promise.all(outcome.files.map((f) => f.growing?.stop())));
      metrics.bytes('uploaded', delivered.size ?? 0);
      await tellAfterDelivery(deps, job, { ...outcome, offerPdf: outcome.offerPdf && deps.offerPdf });
      return delivered;
    }
    throw new JobFailure('unsupported', 'no source could fetch this link');
  };
}
