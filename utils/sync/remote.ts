/**
 * The remote folder sync writes to, as sync needs it: whole files, created once or overwritten,
 * listed and removed. WebDAV implements it (webdav.ts); tests and other stores can too.
 */
export interface RemoteFile {
  body: Uint8Array;
  /** The server's version tag, to ask "changed since?" next time; null when it sends none. */
  etag: string | null;
}

export interface RemoteStore {
  /** The file, `'missing'`, or `'unchanged'` when `etag` still matches. */
  read(path: string, etag?: string | null): Promise<RemoteFile | 'missing' | 'unchanged'>;
  /** Writes only when no file is there; false when one is (If-None-Match: *). */
  create(path: string, body: Uint8Array<ArrayBuffer>): Promise<boolean>;
  /** Writes whatever is there. */
  write(path: string, body: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Names of the folder's children, folders ending in "/"; empty when the folder is missing. */
  list(folder: string): Promise<string[]>;
  /** Removes a file; a missing one counts as removed. */
  remove(path: string): Promise<void>;
}

/** What went wrong talking to the server, in the terms that decide what to do next. */
export type RemoteErrorKind =
  /** Network down, timeout, 5xx, 429, 423: try again later. */
  | 'unavailable'
  /** 401 / 403: the user must fix the sign-in; retrying would only lock the account. */
  | 'auth'
  /** 413: the body is too large for the server. */
  | 'too-large'
  /** Anything else the server refused (a 400, a 405 on the folder, a path that is not WebDAV). */
  | 'refused';

export class RemoteError extends Error {
  override name = 'RemoteError';
  constructor(
    readonly kind: RemoteErrorKind,
    message: string,
    readonly status: number | null = null,
    /** From Retry-After, when the server sent one. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}
