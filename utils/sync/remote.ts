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
  /**
   * The file, `'missing'`, or `'unchanged'` when `etag` still matches. A body over `maxBytes` is
   * refused (RemoteError 'oversized') before it is all in memory.
   */
  read(path: string, etag?: string | null, maxBytes?: number): Promise<RemoteFile | 'missing' | 'unchanged'>;
  /** Writes only when no file is there; false when one is (If-None-Match: *). */
  create(path: string, body: Uint8Array<ArrayBuffer>): Promise<boolean>;
  /** Writes whatever is there. */
  write(path: string, body: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Names of the folder's children, folders ending in "/"; empty when the folder is missing. A listing over the store's size limit is 'oversized'. */
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
  /** The server's answer is larger than Coachbar reads for that kind of file: a broken or hostile server. */
  | 'oversized'
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
    /** The file the request was about, when it names one. */
    readonly path: string | null = null,
  ) {
    super(message);
  }
}
