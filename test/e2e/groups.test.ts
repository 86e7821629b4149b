import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import type { RunningBot } from '../support/spawn-bot.js';
import { waitUntil } from '../support/spawn-bot.js';
import type { SentMessage } from '../support/telegram-state.js';

const MB = 1024 * 1024;
const GROUP = { id: -1_001_234_567 };
// Telegram allows a group 20 messages a minute, and the bot keeps to it: tests that need not share
// a group's budget each have their own.
const TOPIC_GROUP = { id: -1_001_234_568 };
const HELP_GROUP = { id: -1_001_234_569 };
const CANCEL_GROUP = { id: -1_001_234_570 };
const alice = user(4301);
const bob = user(4302);
const carol = user(4303);

/** In groups the bot answers only what is asked of it, in the thread it was asked in. */
describe('the bot in a group', () => {
  let h: Harness;
  let bot: RunningBot;
  beforeAll(async () => {
    h = await createHarness();
    bot = await h.start({ DEFAULT_LANGUAGE: 'en' }, 'groups');
  });
  afterAll(() => h.close());

  const groupMessages = (group = GROUP) => h.api.messagesTo(group.id);
  const files = (group = GROUP) => groupMessages(group).filter((m) => m.file);
  const fileFor = (requestId: number, group = GROUP) =>
    waitUntil(
      () =>
        files(group).find(
          (m) => (m.params.reply_parameters as { message_id?: number })?.message_id === requestId,
        ),
      20_000,
      `the file answering message ${requestId}`,
    );

  it('ignores a bare link, chatter and other commands: no reply at all, nothing recorded', async () => {
    const ids = [
      h.api.sendGroupText(alice, GROUP, `${h.web.url}/gen?size=1000&name=bare.txt`),
      h.api.sendGroupText(bob, GROUP, 'hello everyone'),
      h.api.sendGroupText(bob, GROUP, '/settings'),
      h.api.sendGroupText(bob, GROUP, `/dl@some_other_bot ${h.web.url}/gen?size=1000&name=other.txt`),
    ].map((m) => m.updateId);
    await bot.handled(ids);
    expect(groupMessages()).toEqual([]);
    expect(h.web.requests.filter((r) => /bare\.txt|other\.txt/.test(r.path))).toEqual([]);
  });

  it('delivers /dl <url>, /dl@bot <url>, a link replying to the bot and a mention, each as a reply', async () => {
    const a = h.api.sendGroupText(alice, GROUP, `/dl ${h.web.url}/gen?size=1000&name=a.txt`);
    const first = await fileFor(a.messageId);
    expect(first.file!.filename).toBe('a.txt');
    const b = h.api.sendGroupText(bob, GROUP, `/dl@pishtaz_test_bot ${h.web.url}/gen?size=1001&name=b.txt`);
    expect((await fileFor(b.messageId)).file!.filename).toBe('b.txt');
    const c = h.api.sendGroupText(carol, GROUP, `and this one ${h.web.url}/gen?size=1002&name=c.txt`, {
      replyTo: first,
    });
    expect((await fileFor(c.messageId)).file!.filename).toBe('c.txt');
    const d = h.api.sendGroupText(alice, GROUP, `@pishtaz_test_bot ${h.web.url}/gen?size=1003&name=d.txt`);
    expect((await fileFor(d.messageId)).file!.filename).toBe('d.txt');
    // A quick job next in line leaves its file as the one answer: no status message to scroll past.
    const answers = h.api
      .callsTo('sendMessage')
      .filter((c) => (c.params.reply_parameters as { message_id?: number })?.message_id === d.messageId);
    expect(answers).toEqual([]);
    // Answers in English (the default), whatever the members' own languages.
    expect(groupMessages().some((m) => /[\u0600-\u06FF]/.test(m.text ?? m.caption ?? ''))).toBe(false);
  });

  it('answers in the forum topic the request came from', async () => {
    // Slow enough (about 6 s) that the status message (after 4 s) shows up too.
    const r = h.api.sendGroupText(
      alice,
      TOPIC_GROUP,
      `/dl ${h.web.url}/gen?size=${2 * MB}&rate=${MB / 3}&name=topic.bin`,
      {
        threadId: 77,
      },
    );
    const file = await fileFor(r.messageId, TOPIC_GROUP);
    expect(file.params.message_thread_id).toBe(77);
    const status = await waitUntil(
      () =>
        h.api.calls.find(
          (c) =>
            c.method === 'sendMessage' &&
            (c.params.reply_parameters as { message_id?: number })?.message_id === r.messageId,
        ),
      10_000,
      'the status message',
    );
    expect(status?.params.message_thread_id).toBe(77);
  });

  it('explains /dl on /start and asks for the link after a bare /dl', async () => {
    h.api.sendGroupText(bob, HELP_GROUP, '/start');
    await waitUntil(
      () => groupMessages(HELP_GROUP).find((m) => /send \/dl link/.test(m.text ?? '')),
      10_000,
      'the group help',
    );
    h.api.sendGroupText(bob, HELP_GROUP, '/dl');
    await waitUntil(
      () => groupMessages(HELP_GROUP).find((m) => /Send the link after the command/.test(m.text ?? '')),
      10_000,
      'usage',
    );
  });

  it("refuses another member's Cancel, and lets the requester's or an admin's through", async () => {
    const r = h.api.sendGroupText(
      alice,
      CANCEL_GROUP,
      `/dl ${h.web.url}/gen?size=${50 * MB}&delay=100&name=slow.bin`,
    );
    const status = await waitUntil(
      () =>
        groupMessages(CANCEL_GROUP).find(
          (m: SentMessage) =>
            (m.params.reply_parameters as { message_id?: number })?.message_id === r.messageId &&
            /Downloading/.test(m.text ?? ''),
        ),
      20_000,
      'downloading',
    );
    const data = status.reply_markup!.inline_keyboard![0]![0]!.callback_data!;
    const answers = () =>
      h.api.calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.params.text);
    h.api.clickButton(bob, status, data);
    await waitUntil(
      () => answers().some((t) => /Only the person who asked/.test(String(t))),
      10_000,
      'refusal',
    );
    expect(groupMessages(CANCEL_GROUP).some((m) => /Download cancelled/.test(m.text ?? ''))).toBe(false);
    h.api.setGroupAdmin(CANCEL_GROUP.id, carol.id);
    h.api.clickButton(carol, status, data);
    await waitUntil(
      () => groupMessages(CANCEL_GROUP).find((m) => /Download cancelled/.test(m.text ?? '')),
      10_000,
      'cancelled',
    );
    expect(files(CANCEL_GROUP).some((m) => m.file!.filename === 'slow.bin')).toBe(false);
  });
});
