/** Repository interfaces: nothing outside src/storage knows which database is behind them. */

export type Language = 'fa' | 'en';
export type QualitySetting = 'auto' | 'ask' | '360' | '480' | '720' | '1080';

export interface UserSettings {
  language?: Language;
  quality?: QualitySetting;
  sendAs?: 'video' | 'document';
}

export interface UserRecord {
  id: number;
  firstName: string;
  lastName: string | null;
  username: string | null;
  languageCode: string | null;
  firstSeen: number;
  lastSeen: number;
  banned: boolean;
  banNotified: boolean;
  settings: UserSettings;
}

export interface SeenUser {
  id: number;
  firstName: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
}

export interface UsersRepo {
  touch(user: SeenUser, now: number): UserRecord;
  get(id: number): UserRecord | undefined;
  setBanned(id: number, banned: boolean): boolean;
  markBanNotified(id: number): void;
  updateSettings(id: number, patch: UserSettings): UserSettings;
  listByActivity(offset: number, limit: number): (UserRecord & { links: number })[];
  count(): number;
  countActiveSince(since: number): number;
  idsForBroadcast(): number[];
}

export interface KvRepo {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export type LinkOutcome = 'pending' | 'delivered' | 'failed' | 'cancelled' | 'refused';

export interface LinkRecord {
  id: number;
  userId: number;
  url: string;
  createdAt: number;
  outcome: LinkOutcome;
  size: number | null;
  errorClass: string | null;
  announcedAt: number | null;
}

export interface LinksRepo {
  add(userId: number, url: string, now: number): LinkRecord;
  setOutcome(id: number, outcome: LinkOutcome, extra?: { size?: number; errorClass?: string }): void;
  recentByUser(userId: number, offset: number, limit: number): LinkRecord[];
  countByUser(userId: number): number;
  countByUserSince(userId: number, since: number): number;
  bytesByUserSince(userId: number, since: number): number;
  /** Creation time of the oldest counted link since `since` (delivered ones only when asked). */
  oldestSince(userId: number, since: number, deliveredOnly: boolean): number | undefined;
  /** Links created before `createdBefore` that have not been announced. */
  dueForWarning(createdBefore: number): LinkRecord[];
  markAnnounced(ids: number[], now: number): void;
  /** Deletes links created before `createdBefore`; returns the deleted rows. */
  deleteExpired(createdBefore: number): LinkRecord[];
  importLine(userId: number, url: string, createdAt: number): boolean;
  stats(since: number): { jobs: number; bytes: number; failures: Record<string, number> };
}

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
export type JobKind = 'auto' | 'video' | 'audio' | 'pdf';

/** Job ids are opaque strings: only the storage behind JobQueue knows what they are made of. */
export type JobId = string;

export interface JobRecord {
  id: JobId;
  userId: number;
  chatId: number;
  linkId: number | null;
  url: string;
  kind: JobKind;
  options: Record<string, unknown>;
  language: Language;
  state: JobState;
  attempts: number;
  statusMessageId: number | null;
  createdAt: number;
}

export interface NewJob {
  userId: number;
  chatId: number;
  linkId: number | null;
  url: string;
  kind: JobKind;
  options?: Record<string, unknown>;
  language: Language;
}

export interface QueueLimits {
  maxRunning: number;
  maxPerUser: number;
  /** Per-kind caps, e.g. { pdf: 1 }. */
  perKind?: Partial<Record<JobKind, number>>;
}

export interface JobQueue {
  enqueue(job: NewJob, now: number): JobRecord;
  setStatusMessage(id: JobId, messageId: number): void;
  /** Atomically picks the next job fairly within the limits and marks it running. */
  claimNext(limits: QueueLimits, now: number): JobRecord | undefined;
  finish(id: JobId, state: 'done' | 'failed' | 'cancelled', now: number, error?: string): void;
  /** Puts a running job back in the queue without counting the attempt (graceful shutdown). */
  release(id: JobId): void;
  get(id: JobId): JobRecord | undefined;
  /** 1-based positions of queued jobs in the order the fair scheduler would run them. */
  queuePositions(): Map<JobId, number>;
  activeByUser(userId: number): JobRecord[];
  counts(): { queued: number; running: number };
  /** After a crash: running jobs go back to the queue once; returns those that ran out of tries. */
  recoverInterrupted(maxAttempts: number, now: number): { requeued: JobRecord[]; failed: JobRecord[] };
}

export interface FileCacheEntry {
  fileId: string;
  method: string;
  size: number | null;
}

export interface FileCache {
  get(key: string): FileCacheEntry | undefined;
  put(key: string, entry: FileCacheEntry, now: number): void;
  delete(key: string): void;
}

export interface Storage {
  users: UsersRepo;
  kv: KvRepo;
  links: LinksRepo;
  jobs: JobQueue;
  fileCache: FileCache;
  ping(): void;
  close(): void;
}
