import type { MediaInfo } from '../media/probe.js';
import type { replyTarget } from '../pipeline/reply-target.js';
import type { SendMethod } from './send-methods.js';

export interface Upload {
  chatId: number;
  file: string;
  /** Offset of this upload within `file` (raw split parts); 0 when absent. */
  start?: number;
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
  method: SendMethod;
  fileId: string;
  messageId: number;
}

/** Sends a local file into a chat; one implementation per transport (Bot API, MTProto). */
export interface Uploader {
  upload(u: Upload): Promise<Sent>;
}
