import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { withDeadline } from '../../src/lifecycle/deadline.js';
import { sleep } from '../support/bot-api-double.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('withDeadline', () => {
  it('aborts with a TimeoutError on time even when garbage is collected meanwhile', async () => {
    const caller = new AbortController();
    const seen: unknown[] = [];
    // Only the listener refers to the signal, as when it is handed to an HTTP client.
    const watch = () => {
      const { signal } = withDeadline(300, caller.signal);
      signal.addEventListener('abort', () => seen.push(signal.reason));
    };
    watch();
    for (let i = 0; i < 6; i++) {
      gc();
      await sleep(20);
    }
    await sleep(400);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ name: 'TimeoutError' });
  });

  it("follows the caller's signal, and is silent once cleared", async () => {
    const caller = new AbortController();
    const followed = withDeadline(10_000, caller.signal);
    caller.abort(new Error('user cancelled'));
    expect(followed.signal.reason).toMatchObject({ message: 'user cancelled' });
    followed.clear();

    const cleared = withDeadline(50);
    cleared.clear();
    await sleep(120);
    expect(cleared.signal.aborted).toBe(false);
  });
});
