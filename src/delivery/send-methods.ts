import type { Api, InputFile } from 'grammy';
import type { Message } from 'grammy/types';
import type { MediaInfo } from '../media/probe.js';
import type { replyTarget } from '../pipeline/reply-target.js';
import type { SendMethod } from '../pipeline/types.js';

/** The one place where a media kind chooses how it is sent (every transport follows it). */
export function methodFor(kind: MediaInfo['kind']): SendMethod {
  return kind === 'video'
    ? 'sendVideo'
    : kind === 'animation'
      ? 'sendAnimation'
      : kind === 'audio'
        ? 'sendAudio'
        : kind === 'photo'
          ? 'sendPhoto'
          : 'sendDocument';
}

export interface SendOptions {
  caption: string;
  /** In a group: the request it answers and its forum topic. */
  target?: ReturnType<typeof replyTarget>;
  media?: Pick<MediaInfo, 'duration' | 'width' | 'height' | 'title' | 'performer'>;
  thumbnail?: InputFile;
}

/**
 * A Bot API send with the method's own options, for whatever names the file: an upload, a
 * `file://` path (local server), a URL or a file_id (a cached resend).
 */
export function sendWith(
  api: Api,
  method: SendMethod,
  chatId: number,
  file: InputFile | string,
  o: SendOptions,
  signal?: AbortSignal,
): Promise<Message> {
  const m = o.media ?? {};
  const base = { caption: o.caption, thumbnail: o.thumbnail, ...o.target };
  const s = signal as never;
  switch (method) {
    case 'sendVideo':
      return api.sendVideo(
        chatId,
        file,
        { ...base, supports_streaming: true, duration: m.duration, width: m.width, height: m.height },
        s,
      );
    case 'sendAnimation':
      return api.sendAnimation(
        chatId,
        file,
        { ...base, duration: m.duration, width: m.width, height: m.height },
        s,
      );
    case 'sendAudio':
      return api.sendAudio(
        chatId,
        file,
        { ...base, duration: m.duration, title: m.title, performer: m.performer },
        s,
      );
    case 'sendPhoto':
      return api.sendPhoto(chatId, file, { caption: o.caption, ...o.target }, s);
    case 'sendDocument':
      return api.sendDocument(chatId, file, base, s);
  }
}

/** Whether a stored method name (the file_id cache) is one we send with. */
export function isSendMethod(method: string): method is SendMethod {
  return (
    method === 'sendVideo' ||
    method === 'sendAnimation' ||
    method === 'sendAudio' ||
    method === 'sendPhoto' ||
    method === 'sendDocument'
  );
}
