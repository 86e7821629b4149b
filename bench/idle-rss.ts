import { startBotApiDouble } from '../test/support/bot-api-double.js';
import { startBot, TEST_TOKEN, waitUntil } from '../test/support/spawn-bot.js';
import { mib, rssOf, sleep, startContentProcess } from './support.js';

const FILES = 30;
const SIZE = 2 * 1024 * 1024;

/**
 * Idle RSS of the real bot process after start-up settles (goal: under 80 MB), and again 10 s
 * after it delivered 30 files of 2 MB (goal: at most 8 MB above the first, and under 85 MB).
 */
export async function benchIdleRss(nodeFlags?: string[]) {
  const web = await startContentProcess();
  const api = await startBotApiDouble({ token: TEST_TOKEN });
  const bot = await startBot({ apiRoot: api.url, name: 'bench-idle', env: { LOG_LEVEL: 'info' }, nodeFlags });
  api.sendText({ id: 1, first_name: 'a', language_code: 'en' }, '/start');
  await sleep(8000);
  const idle = rssOf(bot.proc.pid!).rss;
  for (let i = 0; i < FILES; i++) {
    const u = { id: 100 + (i % 5), first_name: 'a', language_code: 'en' };
    api.sendText(u, `${web.url}/gen?size=${SIZE + i}&name=f${i}.bin`);
  }
  const delivered = () =>
    [0, 1, 2, 3, 4].reduce((n, i) => n + api.messagesTo(100 + i).filter((m) => m.file).length, 0);
  await waitUntil(() => delivered() >= FILES, 300_000, `${FILES} files`);
  await sleep(10_000);
  const after = rssOf(bot.proc.pid!).rss;
  await bot.stop();
  await api.close();
  web.stop();
  console.log(`idle RSS of the bot process: ${mib(idle)} (goal < 80 MB)`);
  console.log(
    `idle RSS 10 s after ${FILES} files of 2 MB: ${mib(after)}, ${(after - idle).toFixed(1)} MiB above the start (goals: < 85 MB, at most 8 MB above)`,
  );
  return { idleRssMiB: idle, idleAfterFilesMiB: after };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIdleRss();
