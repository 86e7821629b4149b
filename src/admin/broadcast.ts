import { type Api, GrammyError } from 'grammy';
import type { Translator } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { KvRepo, Language, UsersRepo } from '../storage/types.js';

interface BroadcastState {
  text: string;
  language: Language;
  adminChat: number;
  lastId: number;
  delivered: number;
  failed: number;
  blocked: number;
  done: boolean;
}

const KEY = 'broadcast';

/**
 * /broadcast to every non-banned user, in user-id order with a cursor saved as it goes, so a
 * restart resumes where it stopped. The API throttle keeps it within Telegram's send limits.
 * With several processes, only the one that `mayRun` sends; the others leave it saved for it.
 */
export function createBroadcaster(deps: {
  kv: KvRepo;
  users: UsersRepo;
  api: Api;
  t: Translator;
  log: Logger;
  mayRun: () => Promise<boolean>;
}) {
  let running: Promise<void> | undefined;
  const load = async () => JSON.parse((await deps.kv.get(KEY)) ?? 'null') as BroadcastState | null;
  const save = async (s: BroadcastState) => await deps.kv.set(KEY, JSON.stringify(s));

  async function run(state: BroadcastState) {
    for (const id of await deps.users.idsForBroadcast()) {
      if (id <= state.lastId) continue;
      try {
        await deps.api.sendMessage(id, state.text);
        state.delivered++;
      } catch (err) {
        if (err instanceof GrammyError && err.error_code === 403) state.blocked++;
        else state.failed++;
      }
      state.lastId = id;
      await save(state);
    }
    state.done = true;
    await save(state);
    await deps.api
      .sendMessage(
        state.adminChat,
        deps.t(state.language, 'broadcast-report', {
          delivered: state.delivered,
          failed: state.failed,
          blocked: state.blocked,
        }),
      )
      .catch((err) => deps.log.warn({ err }, 'broadcast report not sent'));
  }

  const launch = (state: BroadcastState) => {
    running = run(state)
      .catch((err) => deps.log.error({ err }, 'broadcast stopped; it resumes at the next start'))
      .finally(() => {
        running = undefined;
      });
  };

  return {
    /** Starts a broadcast; false when one is already under way. */
    async start(adminChat: number, text: string, language: Language): Promise<boolean> {
      const current = await load();
      if (running || (current && !current.done)) return false;
      await save({ text, language, adminChat, lastId: 0, delivered: 0, failed: 0, blocked: 0, done: false });
      await this.resume();
      return true;
    },
    /** Sends what is left of a saved broadcast, if this process is the one that sends. */
    async resume() {
      if (running || !(await deps.mayRun())) return;
      const state = await load();
      if (state && !state.done && !running) launch(state);
    },
    wait: () => running ?? Promise.resolve(),
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
