import { describe, expect, it } from 'vitest';
import { ADMIN_PREFIX, CALLBACK_DATA_LIMIT, callbackData } from '../../src/callbacks/callback-data.js';

/** The data of an action with the longest value each field admits (a 40-character job id, …). */
function longestData(pattern: RegExp): string {
  return pattern.source.replace(/^\^|\$$/g, '').replace(/\(([^)]*)\)/g, (_, field: string) => {
    const n = Number(field.match(/\{\d+,(\d+)\}/)?.[1] ?? 1);
    return (field.startsWith('\\d') ? '9' : field.startsWith('[lqv]') ? 'q' : 'a').repeat(n);
  });
}

describe('callback data', () => {
  it('fits every action into 64 bytes, even with its longest values (a uuid job id included)', () => {
    for (const [name, action] of Object.entries(callbackData)) {
      const data = longestData(action.pattern);
      expect(Buffer.byteLength(data), `${name}: ${data}`).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
      expect(action.pattern.test(data), name).toBe(true);
    }
    const uuid = '0b7f1f9e-3c1d-4f7a-9a51-6a2d3f9e8c10';
    expect(callbackData.answer.encode({ jobId: uuid, kind: 'quality', n: 3 })).toBe(`qa:${uuid}:quality:3`);
  });

  it('decodes what it encodes, and nothing else', () => {
    const data = callbackData.answer.encode({ jobId: '42', kind: 'items', n: 0 });
    expect(callbackData.answer.decode(data)).toEqual({ jobId: '42', kind: 'items', n: '0' });
    expect(callbackData.cancel.decode(callbackData.cancel.encode({ jobId: 7 }))).toEqual({ jobId: '7' });
    expect(callbackData.history.decode('h:3')).toEqual({ page: '3' });
    expect(callbackData.adminMenu.decode('a:m')).toEqual({});
    for (const bad of ['cancel:', 'cancel:1:2', 'cancel:../x', 'q:1', 'h:-1', 'x', undefined])
      expect(callbackData.cancel.decode(bad) ?? callbackData.history.decode(bad)).toBeUndefined();
    expect(callbackData.answer.decode(callbackData.cancel.encode({ jobId: 1 }))).toBeUndefined();
  });

  it('refuses to encode data its handler would not match or Telegram would not take', () => {
    expect(() => callbackData.cancel.encode({ jobId: 'a b' })).toThrow();
    expect(() => callbackData.cancel.encode({ jobId: 'x'.repeat(41) })).toThrow();
    expect(() => callbackData.settings.encode({ field: 'z', value: 'fa' })).toThrow();
  });

  it('puts every admin action behind the admin prefix and no other action', () => {
    for (const [name, action] of Object.entries(callbackData)) {
      expect(ADMIN_PREFIX.test(longestData(action.pattern)), name).toBe(name.startsWith('admin'));
    }
  });
});
