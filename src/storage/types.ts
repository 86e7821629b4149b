/** Repository interfaces: nothing outside src/storage knows which database is behind them. */

/** The database did not answer (restarting, unreachable): the call may succeed once it is back. */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the database is unavailable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

export type { Language } from '../i18n/languages.js';

import type { Language } from '../i18n/languages.js';
export type QualitySetting = 'auto' | 'ask' | '360' | '480' | '720' | '1080';

export interface UserSettings {
  language?: Language;
  quality?: QualitySetting;
  sendAs?: 'video' | 'document';
  /** Subtitles with every video: off (default), on (the user's language first), or one language. */
  subs?: 'off' | 'on' | string;
  /** What `audio` makes: m4a (default) or mp3. */
  audioFormat?: 'm4a' | 'mp3';
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
  touch(user: SeenUser, now: number): Promise<UserRecord>;
  get(id: number): Promise<UserRecord | undefined>;
  setBanned(id: number, banned: boolean): Promise<boolean>;
  /** Marks the ban notice as sent; true only for the one call that marked it (notify once). */
  markBanNotified(id: number): Promise<boolean>;
  updateSettings(id: number, patch: UserSettings): Promise<UserSettings>;
  listByActivity(offset: number, limit: number): Promise<(UserRecord & { links: number })[]>;
  count(): Promise<number>;
  countActiveSince(since: number): Promise<number>;
  idsForBroadcast(): Promise<number[]>;
}

export interface KvRepo {
  /** Undefined when the key has no value, or its value expired. */
  get(key: string): Promise<string | undefined>;
  /** `ttlMs`: the value expires (and is pruned) this long after now; without it, it stays. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Stores `value` unless the key has one; returns what is stored (the first writer wins). */
  setIfAbsent(key: string, value: string, ttlMs?: number): Promise<string>;
  /** Deletes what expired before `now`; returns how many. */
  prune(now: number): Promise<number>;
  /** The values whose keys begin with `prefix` and have not expired, by key (at most 500). */
  list(prefix: string): Promise<{ key: string; value: string }[]>;
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
  /**
   * `updateKey`: the Telegram update that brought the link. The same update again (replayed after
   * a database outage) gets the link it already made.
   */
  add(userId: number, url: string, now: number, updateKey?: string): Promise<LinkRecord>;
  /** `items`: how many files the link gave (an album); quotas count each. */
  setOutcome(
    id: number,
    outcome: LinkOutcome,
    extra?: { size?: number; errorClass?: string; items?: number },
  ): Promise<void>;
  recentByUser(userId: number, offset: number, limit: number): Promise<LinkRecord[]>;
  countByUser(userId: number): Promise<number>;
  /** Links (each item of an album counted) since `since` that count against a quota. */
  countByUserSince(userId: number, since: number): Promise<number>;
  bytesByUserSince(userId: number, since: number): Promise<number>;
  /** Creation time of the oldest counted link since `since` (delivered ones only when asked). */
  oldestSince(userId: number, since: number, deliveredOnly: boolean): Promise<number | undefined>;
  /** Links created before `createdBefore` that have not been announced. */
  dueForWarning(createdBefore: number): Promise<LinkRecord[]>;
  markAnnounced(ids: number[], now: number): Promise<void>;
  /** Deletes links created before `createdBefore`; returns the deleted rows. */
  deleteExpired(createdBefore: number): Promise<LinkRecord[]>;
  importLine(userId: number, url: string, createdAt: number): Promise<boolean>;
  stats(since: number): Promise<{ jobs: number; bytes: number; failures: Record<string, number> }>;
  /** Failed links since then, counted per URL and failure class (most first, at most 2000 rows). */
  failuresSince(since: number): Promise<{ url: string; reason: string; n: number }[]>;
  /** Links sent to the bot since then, delivered and failed, per hour (`hour`: ms at its start). */
  hourly(since: number): Promise<{ hour: number; delivered: number; failed: number }[]>;
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
  /**
   * The job's status message. null: none yet (the worker sends one as it starts). `QUIET_STATUS`
   * (0): none on purpose, for a group job that was next in line; the worker shows one only if the
   * job takes a while, so a quick file is the only message it leaves in the group.
   */
  statusMessageId: number | null;
  createdAt: number;
  /**
   * Until when the front may still send the status message (0: it is set, or none is coming). A
   * worker that starts the job sooner waits for it before the user sees anything of the job.
   */
  statusDueAt: number;
}

/** A queued job's place (1-based) and where it is shown. */
export interface QueuePlace {
  position: number;
  chatId: number;
  language: Language;
  statusMessageId: number | null;
}

/** Connections a process keeps to a shared database (PostgreSQL's pool). */
export const DATABASE_CONNECTIONS = 5;

/** See `JobRecord.statusMessageId`. */
export const QUIET_STATUS = 0;

export interface NewJob {
  userId: number;
  chatId: number;
  linkId: number | null;
  url: string;
  kind: JobKind;
  options?: Record<string, unknown>;
  language: Language;
  /**
   * The front sends its status message within this (setStatusMessage). The job is claimable at
   * once: a worker starts the download meanwhile, but shows and sends nothing before the message
   * is there or this time has passed (then it sends one of its own).
   */
  statusWithinMs?: number;
  /**
   * The Telegram update that asked for it: the same update again (replayed after a database
   * outage) gets the job it already made, never a second one.
   */
  updateKey?: string;
}

export interface QueueLimits {
  maxRunning: number;
  maxPerUser: number;
  /** Per-kind caps, e.g. { pdf: 1 }. */
  perKind?: Partial<Record<JobKind, number>>;
}

/** Who holds a running job, and for how long past each claim or renewal. */
export interface Lease {
  owner: string;
  ms: number;
}

/**
 * The durable job queue, shared by every process that runs jobs. A claimed job is leased to its
 * owner, who renews the lease while the job makes progress; a job whose lease ran out (its owner
 * died or wedged) is claimable again. Cancel is a request the owner sees at its next renewal.
 */
export interface JobQueue {
  /** Adds a job unless its user already has `maxActivePerUser` queued or running (then undefined). */
  enqueue(job: NewJob, now: number, maxActivePerUser?: number): Promise<JobRecord | undefined>;
  /**
   * Records the job's status message (a worker that already runs the job waits for it), unless it
   * has one or has ended: then false, and the caller's message is one too many.
   */
  setStatusMessage(id: JobId, messageId: number): Promise<boolean>;
  /** Picks the next job fairly within the limits, marks it running and leases it to `lease.owner`. */
  claimNext(limits: QueueLimits, lease: Lease, now: number): Promise<JobRecord | undefined>;
  /** Extends the owner's leases; returns the jobs it no longer holds and those asked to stop. */
  renew(ids: JobId[], lease: Lease, now: number): Promise<{ lost: JobId[]; cancelRequested: JobId[] }>;
  /**
   * Jobs whose lease ran out go back in the queue (the attempt counted), or end: `failed` lists
   * those past `maxAttempts` (state failed) and those whose cancel was asked (state cancelled).
   */
  reclaimExpired(maxAttempts: number, now: number): Promise<{ requeued: JobRecord[]; failed: JobRecord[] }>;
  finish(id: JobId, state: 'done' | 'failed' | 'cancelled', now: number, error?: string): Promise<void>;
  /** Puts a running job back in the queue without counting the attempt (graceful shutdown). */
  release(id: JobId): Promise<void>;
  /** A queued job is cancelled at once; a running one gets a cancel request for its owner. */
  requestCancel(id: JobId, now: number): Promise<'cancelled' | 'requested' | 'none'>;
  get(id: JobId): Promise<JobRecord | undefined>;
  /** Queued jobs in the order the fair scheduler would run them, with what showing a place takes. */
  queuePlaces(): Promise<Map<JobId, QueuePlace>>;
  activeByUser(userId: number): Promise<JobRecord[]>;
  /** `oldestQueuedAt`: when the job waiting longest was queued (null when none waits). */
  counts(): Promise<{ queued: number; running: number; oldestQueuedAt: number | null }>;
  /**
   * Calls `listener` when another process changed the queue (a job added, finished or put back),
   * so a runner claims at once instead of at its next tick. Returns the unsubscribe function.
   */
  onChange(listener: () => void): () => void;
  /**
   * Calls `listener` with a job's id when any process records the job's status message, so a
   * worker waiting for the front's reply hears of it at once. Returns the unsubscribe function.
   */
  onStatusMessage(listener: (id: JobId) => void): () => void;
}

export interface FileCacheEntry {
  fileId: string;
  method: string;
  size: number | null;
}

export interface FileCache {
  get(key: string): Promise<FileCacheEntry | undefined>;
  put(key: string, entry: FileCacheEntry, now: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Deletes entries stored before `before`; returns how many. */
  prune(before: number): Promise<number>;
}

export type FileLinkKind = 'document' | 'video' | 'audio' | 'voice' | 'animation' | 'photo';

/** A file in Telegram handed out as an HTTP link (`/d/<id>/<name>`). */
export interface FileLink {
  /** 128 random bits, base64url: the only thing the URL holds. */
  id: string;
  userId: number;
  fileId: string;
  fileUniqueId: string;
  name: string;
  size: number;
  mime: string;
  kind: FileLinkKind;
  /** The message holding the file, to refresh an expired file reference from (null: unknown). */
  chatId: number | null;
  messageId: number | null;
  createdAt: number;
  /** null: never expires (LINK_TTL_HOURS=0). */
  expiresAt: number | null;
  revoked: boolean;
  bytesServed: number;
}

export interface FileLinksRepo {
  add(link: Omit<FileLink, 'revoked' | 'bytesServed'>): Promise<void>;
  get(id: string): Promise<FileLink | undefined>;
  /** The user's links that still serve (not revoked, not expired at `now`), newest first. */
  liveByUser(userId: number, now: number, offset: number, limit: number): Promise<FileLink[]>;
  countLiveByUser(userId: number, now: number): Promise<number>;
  countCreatedSince(userId: number, since: number): Promise<number>;
  /** A fresh file_id for the same file (its reference had expired). */
  setFileId(id: string, fileId: string): Promise<void>;
  /** Revokes the link; with `userId`, only when it is that user's. False when nothing changed. */
  revoke(id: string, userId?: number): Promise<boolean>;
  /** Counts bytes served through the link, and against its owner's day (`day`: days since 1970, UTC). */
  addServed(id: string, userId: number, day: number, bytes: number): Promise<void>;
  servedByUserOn(userId: number, day: number): Promise<number>;
  /** Bytes served through every link on and after `day`. */
  servedSince(day: number): Promise<number>;
}

/** Work that must run in one process at a time, whatever the number of processes. */
export interface Coordination {
  /**
   * True while this process holds the named lock, taking it when it is free. The holder keeps it
   * until it exits or loses its database connection; then another process's next call gets it.
   */
  holds(name: string): Promise<boolean>;
}

/**
 * When the bot may send its next message. Telegram's send limit is per bot, however many
 * processes share the token, so every process takes its sends' times from one schedule.
 */
export interface SendSchedule {
  /**
   * Takes the next slot of a schedule `spacingMs` apart that may run up to `burst` slots behind
   * (slots missed while a timer fired late); resolves with how many ms from now the slot is.
   */
  next(spacingMs: number, burst: number): Promise<number>;
}

export interface Storage {
  /** `sqlite` (one process) or `postgres` (shared by every process): for status output only. */
  kind: 'sqlite' | 'postgres';
  coordination: Coordination;
  sendSchedule: SendSchedule;
  users: UsersRepo;
  kv: KvRepo;
  links: LinksRepo;
  jobs: JobQueue;
  fileCache: FileCache;
  fileLinks: FileLinksRepo;
  ping(): Promise<void>;
  close(): Promise<void>;
}
