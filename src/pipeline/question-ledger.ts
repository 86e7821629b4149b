import type { JobId, KvRepo } from '../storage/types.js';

export type QuestionKind = 'quality' | 'items';

/** Long past any question's expiry: then the record goes (kv prune). */
const KEPT_MS = 2 * 86_400_000;

/**
 * Which jobs put a question to their user, and whether it was answered: in the kv store, so a
 * front that takes the answer and the worker that asked agree. An answer counts once, and only
 * for a question that was asked: a second tap, or callback data made up for another job, starts
 * nothing; a choice made is never overwritten by the question's expiry.
 */
export function questionLedger(kv: KvRepo) {
  const askedKey = (id: JobId) => `asked:${id}`;
  const answeredKey = (id: JobId) => `answered:${id}`;
  return {
    asked: (id: JobId, kind: QuestionKind) => kv.set(askedKey(id), kind, KEPT_MS),
    /** True for the first answer to a question of this kind that this job asked; false after. */
    async answer(id: JobId, kind: QuestionKind): Promise<boolean> {
      if ((await kv.get(askedKey(id))) !== kind) return false;
      const stamp = `${process.pid}:${Date.now()}:${Math.random()}`;
      return (await kv.setIfAbsent(answeredKey(id), stamp, KEPT_MS)) === stamp;
    },
    answered: async (id: JobId) => (await kv.get(answeredKey(id))) !== undefined,
  };
}

export type QuestionLedger = ReturnType<typeof questionLedger>;
