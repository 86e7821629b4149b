/** Every way a fetch can end badly; each kind has its own message for the user (see locales). */
export type FailureKind =
  | 'too-large'
  | 'over-upload-limit'
  | 'http-status'
  | 'timeout'
  | 'stalled'
  | 'network'
  | 'redirects'
  | 'guard'
  | 'disk-full'
  | 'cancelled'
  | 'telegram-refused'
  | 'direct-only'
  | 'unsupported'
  | 'private'
  | 'geo'
  | 'login'
  | 'format'
  | 'tool-missing'
  | 'interrupted'
  | 'internal';

export class DownloadError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly extra: { status?: number; size?: number; limit?: number } = {},
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export function failureKind(err: unknown): FailureKind {
  return err instanceof DownloadError ? err.kind : 'internal';
}
