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
  body: NodeJS.ReadableStream = req,
): Promise<{ fields: Record<string, string>; files: Record<string, UploadedPart> }> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const files: Record<string, UploadedPart> = {};
    const pending: Promise<void>[] = [];
    let failed: Error | undefined;
    const bb = Busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { fieldSize: 10 * 1024 * 1024 },
    });
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
    body.pipe(quoteFilenames()).pipe(bb);
  });
}

/**
 * grammY writes `filename=` unquoted, as Telegram's own parser accepts; busboy drops such a part
 * when the name has spaces. Quote it on the way in, like Telegram's tolerance.
 */
function quoteFilenames(): Transform {
  let carry = '';
  const fix = (text: string) =>
    text.replace(
      /(content-disposition:\s*form-data;\s*name="[^"\r\n]*";\s*filename=)([^"\r\n][^\r\n]*)/gi,
      (_m, head: string, name: string) => `${head}"${name.replace(/"/g, '%22')}"`,
    );
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      const text = carry + chunk.toString('latin1');
      const cut = text.lastIndexOf('\r\n');
      const keep = cut >= 0 && text.length - cut < 4096 ? text.slice(cut) : '';
      carry = keep;
      cb(null, Buffer.from(fix(text.slice(0, text.length - keep.length)), 'latin1'));
    },
    flush(cb) {
      cb(null, Buffer.from(fix(carry), 'latin1'));
    },
  });
}
