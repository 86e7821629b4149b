import { benchCost } from './cost.js';
import { benchDownload } from './download.js';
import { benchIdleRss } from './idle-rss.js';
import { benchIdleWorkers } from './idle-workers.js';
import { benchLinkServe } from './link-serve.js';
import { benchMtprotoUpload } from './mtproto-upload.js';
import { benchPipelineRss } from './pipeline-rss.js';
import { benchStreamThrough } from './stream-through.js';

/** `npm run bench`: every benchmark in turn; each prints its own figures. */
await benchIdleRss();
await benchDownload();
await benchCost();
await benchPipelineRss();
await benchMtprotoUpload();
await benchStreamThrough();
await benchLinkServe();
await benchIdleWorkers();
