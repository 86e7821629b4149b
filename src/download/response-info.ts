import path from 'node:path';
import { GuardError } from '../net/guard.js';
import { JobFailure } from '../pipeline/types.js';
import { extensionForType, filenameFromDisposition, filenameFromUrl } from './filename.js';

type IncomingHttpHeaders = Record<string, string | string[] | undefined>;

export interface HeadInfo {
  size: number | undefined;
  contentType: string | undefined;
  filename: string | undefined;
  finalUrl: string;
}

/** Size, type and a filename from a response's headers (Content-Disposition, else URL, else type). */
export function describeResponse(headers: IncomingHttpHeaders, finalUrl: URL): HeadInfo {
  const len = Number(headers['content-length']);
  const encoding = header(headers['content-encoding']);
  const encoded = encoding !== undefined && encoding !== 'identity';
  const contentType = header(headers['content-type']);
  const fromHeader = filenameFromDisposition(header(headers['content-disposition']));
  let filename = fromHeader ?? filenameFromUrl(finalUrl);
  const ext = extensionForType(contentType);
  if (!filename) filename = ext ? `file.${ext}` : undefined;
  else if (!path.extname(filename) && ext) filename = `${filename}.${ext}`;
  return {
    size: Number.isFinite(len) && len >= 0 && !encoded ? len : undefined,
    contentType,
    filename,
    finalUrl: finalUrl.href,
  };
}

export function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Maps whatever undici, the guard, the disk or a signal threw to the failure the user is told. */
export function toJobFailure(err: unknown, signal: AbortSignal, userSignal = signal): JobFailure {
  if (err instanceof JobFailure) return err;
  if (err instanceof GuardError) return new JobFailure('guard', err.message);
  const e = err as NodeJS.ErrnoException & { cause?: unknown };
  if (e?.cause instanceof GuardError || e?.code === 'EGUARD')
    return new JobFailure('guard', 'address not allowed');
  if (e?.cause instanceof JobFailure) return e.cause;
  if (userSignal.aborted && userSignal.reason?.name !== 'TimeoutError') {
    return new JobFailure('cancelled', 'cancelled');
  }
  if (signal.aborted) return new JobFailure('timeout', 'download took too long');
  const code = e?.code ?? '';
  if (code === 'ENOSPC' || code === 'EDQUOT') return new JobFailure('disk-full', 'disk full');
  if (code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT')
    return new JobFailure('stalled', 'no data');
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new JobFailure('timeout', 'connect timeout');
  return new JobFailure('network', e?.message ?? String(err));
}
