import { describe, expect, it } from 'vitest';
import type { Storage } from '../../src/storage/types.js';

/** Users, links, kv and the file_id cache: the same behaviour from every storage implementation. */
export function describeRepositoriesContract(name: string, makeStorage: () => Promise<Storage>) {
  const sara = { id: 501, firstName: 'Sara', username: 'sara', languageCode: 'fa' };
  const day = 86_400_000;

  describe(`repositories contract: ${name}`, () => {
    it('users: seen, updated, banned, listed by activity with their link counts', async () => {
      const s = await makeStorage();
      const first = await s.users.touch(sara, 1000);
      expect(first).toMatchObject({ id: 501, firstSeen: 1000, lastSeen: 1000, banned: false, settings: {} });
      await s.users.touch({ id: 502, firstName: 'John' }, 2000);
      const again = await s.users.touch({ ...sara, firstName: 'Sarah' }, 3000);
      expect(again).toMatchObject({ firstName: 'Sarah', firstSeen: 1000, lastSeen: 3000 });
      expect(await s.users.updateSettings(501, { quality: '720' })).toEqual({ quality: '720' });
      expect(await s.users.updateSettings(501, { language: 'en' })).toEqual({
        quality: '720',
        language: 'en',
      });
      expect((await s.users.get(501))?.settings).toEqual({ quality: '720', language: 'en' });
      expect(await s.users.setBanned(502, true)).toBe(true);
      expect(await s.users.setBanned(999, true)).toBe(false);
      const marks = await Promise.all([s.users.markBanNotified(502), s.users.markBanNotified(502)]);
      expect(marks.sort()).toEqual([false, true]);
      expect(await s.users.get(502)).toMatchObject({ banned: true, banNotified: true });
      await s.links.add(501, 'https://a/', 3000);
      const page = await s.users.listByActivity(0, 10);
      expect(page.map((u) => [u.id, u.links])).toEqual([
        [501, 1],
        [502, 0],
      ]);
      expect(await s.users.count()).toBe(2);
      expect(await s.users.countActiveSince(2500)).toBe(1);
      expect(await s.users.idsForBroadcast()).toEqual([501]);
      expect(await s.users.get(12345)).toBeUndefined();
    });

    it('links: history newest first, outcomes, quotas, retention windows and import', async () => {
      const s = await makeStorage();
      const l1 = await s.links.add(501, 'https://a/1', 1 * day);
      const l2 = await s.links.add(501, 'https://a/2', 2 * day);
      const l3 = await s.links.add(501, 'https://a/3', 3 * day);
      await s.links.setOutcome(l1.id, 'delivered', { size: 100 });
      await s.links.setOutcome(l2.id, 'delivered', { size: 50 });
      await s.links.setOutcome(l3.id, 'refused', { errorClass: 'guard' });
      expect((await s.links.recentByUser(501, 0, 2)).map((l) => l.url)).toEqual([
        'https://a/3',
        'https://a/2',
      ]);
      expect(await s.links.countByUser(501)).toBe(3);
      expect(await s.links.countByUserSince(501, 1.5 * day)).toBe(1); // refused links do not count
      expect(await s.links.bytesByUserSince(501, 0)).toBe(150);
      expect(await s.links.oldestSince(501, 0, true)).toBe(1 * day);
      expect(await s.links.oldestSince(502, 0, false)).toBeUndefined();
      expect((await s.links.dueForWarning(2.5 * day)).map((l) => l.id)).toEqual([l1.id, l2.id]);
      await s.links.markAnnounced([l1.id], 4 * day);
      expect((await s.links.dueForWarning(2.5 * day)).map((l) => l.id)).toEqual([l2.id]);
      expect((await s.links.deleteExpired(1.5 * day)).map((l) => [l.id, l.announcedAt])).toEqual([
        [l1.id, 4 * day],
      ]);
      expect(await s.links.countByUser(501)).toBe(2);
      expect(await s.links.importLine(501, 'https://old/', 5)).toBe(true);
      expect(await s.links.importLine(501, 'https://old/', 5)).toBe(false);
      const stats = await s.links.stats(0);
      expect(stats).toMatchObject({ jobs: 2, bytes: 50 });
      expect(stats.failures).toEqual({ guard: 1 });
    });

    it('links: failures per URL and class since a time, for /stats by site', async () => {
      const s = await makeStorage();
      const yt = 'https://www.youtube.com/watch?v=x';
      for (const [at, url, kind] of [
        [1000, yt, 'bot-check'],
        [2000, yt, 'bot-check'],
        [3000, yt, 'removed'],
        [500, 'https://vimeo.com/1', 'geo'],
      ] as const) {
        const l = await s.links.add(504, url, at);
        await s.links.setOutcome(l.id, 'failed', { errorClass: kind });
      }
      const ok = await s.links.add(504, yt, 4000);
      await s.links.setOutcome(ok.id, 'delivered', { size: 1 });
      expect(await s.links.failuresSince(1000)).toEqual([
        { url: yt, reason: 'bot-check', n: 2 },
        { url: yt, reason: 'removed', n: 1 },
      ]);
      expect((await s.links.stats(1000)).failures).toEqual({ 'bot-check': 2, removed: 1 });
    });

    it('links: an album counts each of its items against the quota', async () => {
      const s = await makeStorage();
      await s.links.add(503, 'https://a/single', 1000);
      const album = await s.links.add(503, 'https://a/album', 2000);
      await s.links.setOutcome(album.id, 'delivered', { size: 300, items: 3 });
      expect(await s.links.countByUserSince(503, 0)).toBe(4);
      expect(await s.links.countByUserSince(503, 1500)).toBe(3);
    });

    it('kv and the file_id cache: set, overwrite, delete', async () => {
      const s = await makeStorage();
      expect(await s.kv.get('k')).toBeUndefined();
      await s.kv.set('k', 'one');
      await s.kv.set('k', 'two');
      expect(await s.kv.get('k')).toBe('two');
      const firsts = await Promise.all(['a', 'b', 'c'].map((v) => s.kv.setIfAbsent('once', v)));
      expect(new Set(firsts).size).toBe(1);
      expect(await s.kv.setIfAbsent('once', 'late')).toBe(firsts[0]);
      expect(await s.kv.setIfAbsent('k', 'three')).toBe('two');
      await s.fileCache.put('url', { fileId: 'F1', method: 'sendVideo', size: 10 }, 1);
      await s.fileCache.put('url', { fileId: 'F2', method: 'sendDocument', size: null }, 2);
      expect(await s.fileCache.get('url')).toEqual({ fileId: 'F2', method: 'sendDocument', size: null });
      await s.fileCache.delete('url');
      expect(await s.fileCache.get('url')).toBeUndefined();
      await s.ping();
      await s.close();
    });

    it('file links: stored, listed while live, revoked by their owner or any admin, traffic counted per day', async () => {
      const s = await makeStorage();
      const link = (id: string, userId: number, createdAt: number, expiresAt: number | null) => ({
        id,
        userId,
        fileId: `F-${id}`,
        fileUniqueId: `U-${id}`,
        name: 'فیلم.mp4',
        size: 5_000_000,
        mime: 'video/mp4',
        kind: 'video' as const,
        chatId: userId,
        messageId: 40 + userId,
        createdAt,
        expiresAt,
      });
      await s.fileLinks.add(link('a', 1, 1000, null));
      await s.fileLinks.add(link('b', 1, 2000, 5000));
      await s.fileLinks.add(link('c', 2, 3000, null));
      expect(await s.fileLinks.get('a')).toEqual({
        ...link('a', 1, 1000, null),
        revoked: false,
        bytesServed: 0,
      });
      expect(await s.fileLinks.get('zz')).toBeUndefined();
      await s.fileLinks.setFileId('c', 'F-fresh');
      expect((await s.fileLinks.get('c'))?.fileId).toBe('F-fresh');
      expect((await s.fileLinks.liveByUser(1, 4000, 0, 10)).map((l) => l.id)).toEqual(['b', 'a']);
      expect((await s.fileLinks.liveByUser(1, 6000, 0, 10)).map((l) => l.id)).toEqual(['a']);
      expect(await s.fileLinks.countLiveByUser(1, 4000)).toBe(2);
      expect(await s.fileLinks.countCreatedSince(1, 1500)).toBe(1);
      expect(await s.fileLinks.revoke('c', 1)).toBe(false);
      expect(await s.fileLinks.revoke('a', 1)).toBe(true);
      expect(await s.fileLinks.revoke('a', 1)).toBe(false);
      expect(await s.fileLinks.revoke('c')).toBe(true);
      expect((await s.fileLinks.get('a'))?.revoked).toBe(true);
      expect(await s.fileLinks.countLiveByUser(1, 4000)).toBe(1);
      await s.fileLinks.addServed('b', 1, 20000, 300);
      await s.fileLinks.addServed('b', 1, 20000, 200);
      await s.fileLinks.addServed('b', 1, 20001, 50);
      expect((await s.fileLinks.get('b'))?.bytesServed).toBe(550);
      expect(await s.fileLinks.servedByUserOn(1, 20000)).toBe(500);
      expect(await s.fileLinks.servedByUserOn(2, 20000)).toBe(0);
      expect(await s.fileLinks.servedSince(20001)).toBe(50);
      expect(await s.fileLinks.servedSince(19000)).toBe(550);
      await s.close();
    });

    it('kv lists the live values under a prefix, by key, and nothing else', async () => {
      const s = await makeStorage();
      await s.kv.set('worker:b', '2');
      await s.kv.set('worker:a', '1', 60_000);
      await s.kv.set('worker:gone', 'x', 1);
      await s.kv.set('workers', 'not under the prefix');
      await new Promise((r) => setTimeout(r, 5));
      expect(await s.kv.list('worker:')).toEqual([
        { key: 'worker:a', value: '1' },
        { key: 'worker:b', value: '2' },
      ]);
      expect(await s.kv.list('nothing:')).toEqual([]);
      await s.close();
    });

    it('kv values expire and are pruned; an expired value counts as absent; old file_ids are pruned', async () => {
      const s = await makeStorage();
      await s.kv.set('short', 'v', 1);
      await s.kv.set('forever', 'v');
      expect(await s.kv.setIfAbsent('slot', 'first', 1)).toBe('first');
      await new Promise((r) => setTimeout(r, 5));
      expect(await s.kv.get('short')).toBeUndefined();
      expect(await s.kv.setIfAbsent('slot', 'second', 60_000)).toBe('second');
      expect(await s.kv.setIfAbsent('slot', 'third', 60_000)).toBe('second');
      expect(await s.kv.prune(Date.now())).toBe(1);
      expect(await s.kv.prune(Date.now())).toBe(0);
      expect(await s.kv.get('forever')).toBe('v');
      expect(await s.kv.get('slot')).toBe('second');
      await s.fileCache.put('old', { fileId: 'F1', method: 'sendVideo', size: 1 }, 1000);
      await s.fileCache.put('new', { fileId: 'F2', method: 'sendVideo', size: 1 }, 5000);
      expect(await s.fileCache.prune(2000)).toBe(1);
      expect(await s.fileCache.get('old')).toBeUndefined();
      expect(await s.fileCache.get('new')).toMatchObject({ fileId: 'F2' });
      await s.close();
    });

    it('links per hour: delivered and failed, counted in the hour they were sent', async () => {
      const s = await makeStorage();
      const h = 3_600_000;
      const at = async (t: number, outcome: 'delivered' | 'failed' | 'pending') => {
        const l = await s.links.add(501, 'https://a/', t);
        if (outcome !== 'pending') await s.links.setOutcome(l.id, outcome);
      };
      await at(10 * h + 5, 'delivered');
      await at(10 * h + 600_000, 'failed');
      await at(11 * h, 'delivered');
      await at(11 * h + 1, 'delivered');
      await at(11 * h + 2, 'pending');
      await at(9 * h, 'delivered'); // before the window
      expect(await s.links.hourly(10 * h)).toEqual([
        { hour: 10 * h, delivered: 1, failed: 1 },
        { hour: 11 * h, delivered: 2, failed: 0 },
      ]);
      await s.close();
    });

    it('one update makes one link and one job, however often it is run', async () => {
      const s = await makeStorage();
      const job = (linkId: number) => ({
        userId: 501,
        chatId: 501,
        linkId,
        url: 'https://a/x',
        kind: 'auto' as const,
        language: 'en' as const,
        updateKey: 'u77',
      });
      const link = await s.links.add(501, 'https://a/x', 1000, 'u77');
      const again = await s.links.add(501, 'https://a/x', 2000, 'u77');
      expect(again.id).toBe(link.id);
      const first = await s.jobs.enqueue(job(link.id), 1000, 5);
      const second = await s.jobs.enqueue(job(again.id), 2000, 5);
      expect(second?.id).toBe(first?.id);
      expect((await s.jobs.activeByUser(501)).length).toBe(1);
      expect(await s.links.countByUser(501)).toBe(1);
      // Without a key (a link typed twice) each is its own.
      await s.links.add(501, 'https://a/x', 3000);
      await s.links.add(501, 'https://a/x', 3000);
      expect(await s.links.countByUser(501)).toBe(3);
      await s.close();
    });
  });
}
