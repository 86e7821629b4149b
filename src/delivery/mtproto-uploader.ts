import type { MtprotoClientManager } from '../mtproto/client-manager.js';
import { uploadParts } from '../mtproto/part-uploader.js';
import type { MtprotoFailure } from '../mtproto/types.js';
import { JobFailure } from '../pipeline/types.js';
import { methodFor } from './send-methods.js';
import type { Uploader } from './types.js';

/** Files above the Bot API limit: parts through the one managed MTProto client. */
export function createMtprotoUploader(deps: {
  manager: MtprotoClientManager;
  inFlight: number;
  classify: (err: unknown) => MtprotoFailure;
}): Uploader {
  return {
    async upload(u) {
      let session: Awaited<ReturnType<MtprotoClientManager['get']>>;
      try {
        session = await deps.manager.get();
      } catch (err) {
        throw new JobFailure('telegram-refused', `large uploads are unavailable: ${(err as Error).message}`);
      }
      try {
        return await deps.manager.track(
          (async () => {
            const { fileId, totalParts } = await uploadParts({
              session,
              file: u.file,
              start: u.start,
              size: u.size,
              growing: u.growing,
              inFlight: deps.inFlight,
              signal: u.signal,
              classify: deps.classify,
              onProgress: u.onProgress,
            });
            const m = u.media;
            const sent = await session.sendUploaded(
              {
                chatId: u.chatId,
                fileId,
                totalParts,
                fileName: u.filename,
                method: methodFor(m.kind),
                mime: m.mime,
                caption: u.caption,
                duration: m.duration,
                width: m.width,
                height: m.height,
                title: m.title,
                performer: m.performer,
                thumbnail: u.thumbnail,
                replyTo: u.target?.reply_parameters?.message_id,
              },
              u.signal,
            );
            return { method: methodFor(m.kind), ...sent };
          })(),
        );
      } catch (err) {
        // A failed download behind a growing file says nothing about the client.
        if (!u.signal.aborted && !u.growing?.failed() && deps.classify(err).kind === 'transient')
          await deps.manager.discard(session);
        throw err;
      }
    },
  };
}
