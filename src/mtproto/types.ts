import type { SendMethod } from '../pipeline/types.js';

/** 512 KiB parts; Telegram allows 4000 of them: 2,097,152,000 bytes per file. */
export const PART_SIZE = 512 * 1024;
export const MAX_PARTS = 4000;
export const MAX_MTPROTO_FILE = PART_SIZE * MAX_PARTS;

/**
 * The seam between our uploader and the MTProto library: what we need from a logged-in client.
 * The mtcute implementation lives in mtcute-session.ts; tests use a stub that records parts.
 */
export interface MtprotoSession {
  saveBigFilePart(
    part: { fileId: bigint; index: number; total: number; bytes: Uint8Array },
    signal: AbortSignal,
  ): Promise<void>;
  sendUploaded(
    media: {
      chatId: number;
      fileId: bigint;
      totalParts: number;
      fileName: string;
      /** How the Bot API would send it (delivery/send-methods.ts decides). */
      method: SendMethod;
      mime?: string;
      caption: string;
      duration?: number;
      width?: number;
      height?: number;
      title?: string;
      performer?: string;
      thumbnail?: string;
      /** In a group: the request it answers (a reply lands in the request's forum topic). */
      replyTo?: number;
    },
    signal: AbortSignal,
  ): Promise<{ fileId: string; messageId: number }>;
  /**
   * Bytes `offset` to `offset + limit` of a file named by its Bot API file_id (precise mode: the
   * chunk stays within one MiB-aligned block, at most 1 MiB).
   */
  downloadChunk(
    p: { fileId: string; offset: number; limit: number },
    signal: AbortSignal,
  ): Promise<Uint8Array>;
  /** The file_id (with a fresh file reference) of the file in a message, if it holds one. */
  fileIdOfMessage(chatId: number, messageId: number, signal: AbortSignal): Promise<string | undefined>;
  close(): Promise<void>;
}

/** How an MTProto error should be handled. */
export type MtprotoFailure =
  | { kind: 'flood'; seconds: number }
  | { kind: 'transient' }
  | { kind: 'fatal'; message: string };
