import { startBotApiDouble } from '../test/support/bot-api-double.js';
import { startBot, TEST_TOKEN } from '../test/support/spawn-bot.js';
import { mib, rssOf, sleep } from './support.js';

/** Idle RSS of the real bot process after start-up settles. Goal: under 80 MB. */
export async function benchIdleRss(nodeFlags?: string[]) {
  const api = await startBotApiDouble({ token: TEST_TOKEN });
  const bot = await startBot({ apiRoot: api.url, name: 'bench-idle', env: { LOG_LEVEL: 'info' }, nodeFlags });
  api.sendText({ id: 1, first_name: 'a', language_code: 'en' }, '/start');
  await sleep(8000);
  const { rss } = rssOf(bot.proc.pid!);
  await bot.stop();
  await api.close();
  console.log(`idle RSS of the bot process: ${mib(rss)} (goal < 80 MB)`);
  return { idleRssMiB: rss };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIdleRss();
