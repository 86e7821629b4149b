import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Busboy from 'busboy';

export interface UploadedPart {
  field: string;
  filename: string;
  mimeType: string;
  path: string;
  size: number;
  sha256: string;
}

export class TooLargeError extends Error {}

/** Parses a streamed multipart body; file parts go to disk with their sha256, never into memory. */
export function parseMultipart(
  req: IncomingMessage,
  dir: string,
  maxFileBytes: number,
): Promise<{ fields: Record<string, string>; files: Record<string, UploadedPart> }> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const files: Record<string, UploadedPart> = {};
    const pending: Promise<void>[] = [];
    let failed: Error | undefined;
    const bb = Busboy({ headers: req.headers, limits: { fieldSize: 10 * 1024 * 1024 } });
    bb.on('field', (name, value) => {
      fields[name] = value;
    });
    bb.on('file', (field, stream, info) => {
      const target = path.join(dir, randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          size += chunk.length;
          if (size > maxFileBytes) return cb(new TooLargeError('Request Entity Too Large'));
          hash.update(chunk);
          cb(null, chunk);
        },
      });
      pending.push(
        pipeline(stream, meter, createWriteStream(target)).then(
          () => {
            files[field] = {
              field,
              filename: info.filename ?? 'file',
              mimeType: info.mimeType,
              path: target,
              size,
              sha256: hash.digest('hex'),
            };
          },
          (err: Error) => {
            failed ??= err;
            stream.resume();
          },
        ),
      );
    });
    bb.on('error', reject);
    bb.on('close', () => {
      Promise.all(pending).then(() => (failed ? reject(failed) : resolve({ fields, files })), reject);
    });
    req.on('aborted', () => reject(new Error('client aborted')));
    req.pipe(bb);
  });
}
