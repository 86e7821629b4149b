/**
 * Every inline button's callback data, in one place: an encoder and a decoder per action, so a
 * keyboard and its handler cannot drift apart. Telegram allows 64 bytes; `encode` refuses more.
 * Job ids are opaque (a number in SQLite, a uuid in a queue that uses them).
 */

type Values<F> = { [K in keyof F]: string };

export interface CallbackAction<F extends Record<string, string>> {
  /** For `composer.callbackQuery(action.pattern, …)`. */
  readonly pattern: RegExp;
  encode(values: { [K in keyof F]: string | number }): string;
  decode(data: string | undefined): Values<F> | undefined;
}

export const CALLBACK_DATA_LIMIT = 64;
const JOB_ID = '[\\w-]{1,40}';
const PAGE = '\\d{1,6}';
const WORD = '\\w{1,8}';

function action<F extends Record<string, string>>(prefix: string, fields: F): CallbackAction<F> {
  const names = Object.keys(fields) as (keyof F & string)[];
  const pattern = new RegExp(`^${prefix}${names.map((n) => `:(${fields[n]})`).join('')}$`);
  return {
    pattern,
    encode(values) {
      const data = [prefix, ...names.map((n) => String(values[n]))].join(':');
      if (!pattern.test(data) || Buffer.byteLength(data) > CALLBACK_DATA_LIMIT)
        throw new Error(`callback data ${JSON.stringify(data)} does not fit ${prefix}`);
      return data;
    },
    decode(data) {
      const m = data === undefined ? null : pattern.exec(data);
      if (!m) return undefined;
      return Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])) as Values<F>;
    },
  };
}

export const callbackData = {
  cancel: action('cancel', { jobId: JOB_ID }),
  /** A tap on a question's button (jobs/questions.ts): which job, which question, which choice. */
  answer: action('qa', { jobId: JOB_ID, kind: '[a-z]{1,8}', n: '\\d{1,2}' }),
  settings: action('s', { field: '[lqvsa]', value: WORD }),
  history: action('h', { page: PAGE }),
  /** A page of /links (the owner's; `user` 0: the one asking). */
  fileLinks: action('fl', { user: '\\d{1,15}', page: PAGE }),
  /** Revoke a file link (its 22-character id). */
  fileLinkRevoke: action('fr', { id: '[\\w-]{22,22}', page: PAGE }),
  adminMenu: action('a:m', {}),
  adminStats: action('a:s', {}),
  adminUsers: action('a:u', { page: PAGE }),
  /** Remove a cookies file an admin added (its id in the pool). */
  adminCookieRemove: action('a:ck', { id: '[0-9a-f]{12,12}' }),
};

/** Every admin action starts so (the admin guard checks it first). */
export const ADMIN_PREFIX = /^a:/;
