import { JobFailure } from '../pipeline/types.js';
import type { Source } from './source.js';
import { isPage } from './ytdlp-source.js';

/**
 * After every source that reads pages (yt-dlp, gallery-dl), before the page itself would be
 * downloaded: a page link while this server has no yt-dlp gets a clear answer instead of the
 * page's HTML as a file, and the admins hear of it (once: `onMissing` goes through the notices).
 */
export function createVideoUnavailableSource(deps: {
  available: () => boolean;
  onMissing: () => void;
}): Source {
  return {
    name: 'video-unavailable',
    accepts: ({ job, head }) =>
      job.kind !== 'pdf' && !deps.available() && isPage(job.url, head?.contentType, head === undefined),
    async fetch() {
      deps.onMissing();
      throw new JobFailure('video-unavailable', 'yt-dlp is not available on this server');
    },
  };
}
