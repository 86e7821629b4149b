import { startBotApiDouble } from '../test/support/bot-api-double.js';
import { startBot, TEST_TOKEN, waitUntil } from '../test/support/spawn-bot.js';
import { mib, rssOf, startContentProcess } from './support.js';

const MiB = 1024 ** 2;

/** Peak RSS of the bot while a file goes through end to end (download, then upload). */
export async function peakFor(size: number, webUrl: string, nodeFlags?: string[]): Promise<number> {
  const api = await startBotApiDouble({ token: TEST_TOKEN, uploadLimitBytes: 3 * 1024 * MiB });
  const bot = await startBot({
    apiRoot: api.url,
    name: `bench-rss-${size}`,
    env: {
      LOG_LEVEL: 'info',
      BOT_API_UPLOAD_LIMIT_MB: '2000',
      MAX_FILE_SIZE_MB: '2000',
      PROGRESS_INTERVAL_SECONDS: '1',
    },
    nodeFlags,
  });
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssOf(bot.proc.pid!).rss);
  }, 50);
  const u = { id: 42, first_name: 'bench', language_code: 'en' };
  api.sendText(u, `${webUrl}/gen?size=${size}&name=big.bin`);
  await waitUntil(() => api.messagesTo(u.id).some((m) => m.file), 600_000, 'delivery');
  clearInterval(sampler);
  peak = Math.max(peak, rssOf(bot.proc.pid!).hwm);
  await bot.stop();
  await api.close();
  return peak;
}

export async function benchPipelineRss() {
  const web = await startContentProcess();
  const small = await peakFor(100 * MiB, web.url);
  const large = await peakFor(1024 * MiB, web.url);
  web.stop();
  console.log(
    `peak RSS, 100 MiB through the bot: ${mib(small)}; 1 GiB: ${mib(large)}; difference ${mib(large - small)} (goals: < 120 MB, within 10 MB)`,
  );
  return { peak100MiB: small, peak1GiB: large };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPipelineRss();
