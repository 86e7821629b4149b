import type { MediaInfo } from '../media/probe.js';
import type { replyTarget } from '../pipeline/reply-target.js';
import type { GrowingFile, SendMethod, SentMethod } from '../pipeline/types.js';

export interface Upload {
  chatId: number;
  file: string;
  /** Offset of this upload within `file` (raw split parts); 0 when absent. */
  start?: number;
  /** The file is still landing: read it as it grows. */
  growing?: GrowingFile;
  filename: string;
  size: number;
  media: MediaInfo;
  thumbnail?: string;
  caption: string;
  /** In a group: the request it answers and its forum topic. */
  target?: ReturnType<typeof replyTarget>;
  signal: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface Sent {
  method: SentMethod;
  fileId: string;
  messageId: number;
}

/** Several files as one album (all within the Bot API limit, videos and photos). */
export interface GroupUpload {
  chatId: number;
  items: { file: string; filename: string; size: number; media: MediaInfo; thumbnail?: string }[];
  /** On the first item. */
  caption: string;
  target?: ReturnType<typeof replyTarget>;
  signal: AbortSignal;
  onProgress?: (done: number) => void;
}

/** An album as sent, to send again by file_id: albums in order, and the files sent alone. */
export type AlbumSends = (
  | { group: { type: 'photo' | 'video'; fileId: string }[] }
  | { method: SendMethod; fileId: string }
)[];

/** Sends a local file into a chat; one implementation per transport (Bot API, MTProto). */
export interface Uploader {
  upload(u: Upload): Promise<Sent>;
  /** Albums: the Bot API's sendMediaGroup (MTProto has none of ours). */
  uploadGroup?(g: GroupUpload): Promise<Sent & { items: { type: 'photo' | 'video'; fileId: string }[] }>;
}
