import type { Message } from 'grammy/types';
import type { FileLink, FileLinkKind } from '../storage/types.js';

export type MessageFile = Pick<FileLink, 'fileId' | 'fileUniqueId' | 'name' | 'size' | 'mime' | 'kind'>;

const EXT: Record<string, string> = {
  'video/mp4': 'mp4',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'image/jpeg': 'jpg',
};

/** A name safe in a URL path and a header: no slashes or control characters, at most 200 characters. */
function cleanName(name: string | undefined, fallback: string): string {
  const cleaned = [...(name ?? '').replace(/[\p{Cc}/\\]/gu, '_').trim()].slice(0, 200).join('');
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
}

/** The file a message carries (the largest size of a photo), or undefined. */
export function fileOfMessage(m: Message | undefined): MessageFile | undefined {
  if (!m) return undefined;
  const pick = (
    kind: FileLinkKind,
    f: {
      file_id: string;
      file_unique_id: string;
      file_size?: number;
      mime_type?: string;
      file_name?: string;
    },
    mimeFallback: string,
  ): MessageFile => {
    const mime = f.mime_type ?? mimeFallback;
    return {
      fileId: f.file_id,
      fileUniqueId: f.file_unique_id,
      name: cleanName(f.file_name, `${kind}_${f.file_unique_id}.${EXT[mime] ?? 'bin'}`),
      size: f.file_size ?? 0,
      mime,
      kind,
    };
  };
  if (m.video) return pick('video', m.video, 'video/mp4');
  if (m.animation) return pick('animation', m.animation, 'video/mp4');
  if (m.audio) return pick('audio', m.audio, 'audio/mpeg');
  if (m.voice) return pick('voice', m.voice, 'audio/ogg');
  if (m.document) return pick('document', m.document, 'application/octet-stream');
  const photo = m.photo?.at(-1);
  if (photo) return pick('photo', photo, 'image/jpeg');
  return undefined;
}
