import { RemoteError, type RemoteFile, type RemoteStore } from './remote';

export interface WebDavOptions {
  /** The folder, e.g. https://cloud.example.com/remote.php/dav/files/ada/Coachbar/ */
  url: string;
  user: string;
  password: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const defaultTimeoutMs = 30_000;
/** The most a file read may be when the caller names no limit (the engine names one per kind of file). */
const maxFileBytes = 16_000_000;
/**
 * A PROPFIND listing of `devices/` names one folder per browser, a few hundred bytes each; far
 * more than that is a broken or hostile server.
 */
export const maxListingBytes = 1_000_000;

/**
 * A WebDAV folder over fetch. Runs in the service worker, which has no DOMParser, so PROPFIND
 * answers are read with a small scanner for `href` elements: all sync needs is child names.
 */
export class WebDavStore implements RemoteStore {
  private readonly base: URL;
  private readonly authorization: string;
  private readonly timeoutMs: number;
  private readonly fetch: typeof fetch;
  private readonly knownFolders = new Set<string>();

  constructor(options: WebDavOptions) {
    this.base = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
    if (this.base.protocol !== 'https:' && this.base.protocol !== 'http:') throw new RemoteError('refused', `Not a web address: ${options.url}`);
    this.authorization = `Basic ${base64(new TextEncoder().encode(`${options.user}:${options.password}`))}`;
    this.timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
  }

  async read(path: string, etag?: string | null, maxBytes = maxFileBytes): Promise<RemoteFile | 'missing' | 'unchanged'> {
    const response = await this.request('GET', path, { headers: etag ? { 'If-None-Match': etag } : {} });
    if (response.status === 304) return 'unchanged';
    if (response.status === 404 || response.status === 410) return 'missing';
    this.expectOk(response, 'GET', path);
    return { body: await this.bodyOf(response, 'GET', path, maxBytes), etag: response.headers.get('ETag') };
  }

  async create(path: string, body: Uint8Array<ArrayBuffer>): Promise<boolean> {
    const response = await this.put(path, body, { 'If-None-Match': '*' });
    if (response.status === 412) return false;
    this.expectOk(response, 'PUT', path);
    return true;
  }

  async write(path: string, body: Uint8Array<ArrayBuffer>): Promise<void> {
    this.expectOk(await this.put(path, body, {}), 'PUT', path);
  }

  async list(folder: string): Promise<string[]> {
    const response = await this.request('PROPFIND', folder, {
      headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
      body: '<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop><resourcetype/></prop></propfind>',
    });
    if (response.status === 404) return [];
    this.expectOk(response, 'PROPFIND', folder);
    const folderPath = new URL(folder, this.base).pathname;
    return childNames(new TextDecoder().decode(await this.bodyOf(response, 'PROPFIND', folder, maxListingBytes)), folderPath);
  }

  async remove(path: string): Promise<void> {
    const response = await this.request('DELETE', path, {});
    if (response.status === 404) return;
    this.expectOk(response, 'DELETE', path);
  }

  /** A PUT into a folder that does not exist yet gets 409: make the folders, then try once more. */
  private async put(path: string, body: Uint8Array<ArrayBuffer>, headers: Record<string, string>): Promise<Response> {
    const send = () => this.request('PUT', path, { headers: { 'Content-Type': 'application/octet-stream', ...headers }, body });
    const response = await send();
    if (response.status !== 409) return response;
    await this.makeFolders(path);
    return send();
  }

  /** The sync folder itself too: the user may name one that does not exist yet. */
  private async makeFolders(path: string): Promise<void> {
    const parts = path.split('/').slice(0, -1);
    for (let depth = 0; depth <= parts.length; depth += 1) {
      const folder = depth === 0 ? './' : `${parts.slice(0, depth).join('/')}/`;
      if (this.knownFolders.has(folder)) continue;
      let response = await this.request('MKCOL', folder, {});
      // Apache answers 403 when another device made the folder between its check and its mkdir;
      // asked again it answers 405 if so, and 403 again only if we may not.
      if (response.status === 403) response = await this.request('MKCOL', folder, {});
      // 405: it exists already.
      if (response.status !== 405) this.expectOk(response, 'MKCOL', folder);
      this.knownFolders.add(folder);
    }
  }

  private async request(method: string, path: string, init: { headers?: Record<string, string>; body?: BodyInit }): Promise<Response> {
    const url = new URL(path, this.base);
    if (!url.href.startsWith(this.base.href)) throw new RemoteError('refused', `Path outside the sync folder: ${path}`);
    try {
      return await this.fetch(url, {
        method,
        headers: { Authorization: this.authorization, ...init.headers },
        body: init.body ?? null,
        signal: AbortSignal.timeout(this.timeoutMs),
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'error',
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new RemoteError('unavailable', timedOut ? `${method} ${path}: no answer within ${this.timeoutMs / 1000} s` : `${method} ${path}: ${describe(error)}`);
    }
  }

  private expectOk(response: Response, method: string, path: string): void {
    if (response.ok) return;
    const { status } = response;
    const what = `${method} ${path}: HTTP ${status}`;
    if (status === 401 || status === 403) throw new RemoteError('auth', what, status);
    if (status === 413) throw new RemoteError('too-large', what, status);
    if (status >= 500 || status === 429 || status === 423 || status === 408) {
      throw new RemoteError('unavailable', what, status, retryAfter(response.headers.get('Retry-After')));
    }
    throw new RemoteError('refused', what, status);
  }

  /**
   * Reads a body of at most `maxBytes`, stopping as soon as it is more: a server cannot make us hold
   * an answer of any size. A body cut off mid-way surfaces here as a network error: that is a
   * retry, not a corrupt file.
   */
  private async bodyOf(response: Response, method: string, path: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
    const oversized = () => new RemoteError('oversized', `${method} ${path}: the answer is larger than ${maxBytes} bytes`, response.status, null, path);
    if (Number(response.headers.get('Content-Length')) > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw oversized();
    }
    if (!response.body) return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        length += chunk.value.length;
        if (length > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw oversized();
        }
        chunks.push(chunk.value);
      }
    } catch (error) {
      if (error instanceof RemoteError) throw error;
      throw new RemoteError('unavailable', `${method} ${path}: ${describe(error)}`);
    }
    const body = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.length;
    }
    return body;
  }
}

/** The host permission to ask for a server. Firefox grants nothing for a pattern with a port. */
export function hostPermissionFor(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Child names (folders with a trailing "/") from a PROPFIND multistatus, without the folder itself. */
export function childNames(xml: string, folderPath: string): string[] {
  const folder = decodeURIComponent(folderPath.endsWith('/') ? folderPath : `${folderPath}/`);
  const names = new Set<string>();
  for (const text of hrefTexts(xml)) {
    let href = text.trim().replaceAll('&amp;', '&');
    try {
      href = decodeURIComponent(/^https?:\/\//i.test(href) ? new URL(href).pathname : href);
    } catch {
      continue;
    }
    if (!href.startsWith(folder)) continue;
    const rest = href.slice(folder.length);
    const name = rest.replace(/\/$/, '');
    if (name === '' || name.includes('/')) continue;
    names.add(rest.endsWith('/') ? `${name}/` : name);
  }
  return [...names].sort();
}

/** The longest start tag taken for an `href`: real ones are `<D:href>` or little more. */
const maxHrefTagChars = 200;

/**
 * The text of every `href` element (any namespace prefix), in one pass that only moves forward:
 * each character is looked at a bounded number of times, whatever the server sends. A regular
 * expression over the whole answer took quadratic time on repeated `<href` (issue #16), and the
 * service worker that runs it also saves every keystroke.
 */
export function hrefTexts(xml: string): string[] {
  const texts: string[] = [];
  let position = 0;
  for (;;) {
    const firstOpen = xml.indexOf('<', position);
    if (firstOpen === -1) break;
    const close = xml.indexOf('>', firstOpen + 1);
    if (close === -1) break;
    // In "<a <b>" only the last "<" starts the tag; the scan back stays between the two.
    const open = xml.lastIndexOf('<', close);
    position = close + 1;
    if (close - open > maxHrefTagChars || !isHrefTag(xml.slice(open + 1, close))) continue;
    const end = xml.indexOf('<', position);
    if (end === -1) break;
    if (xml.startsWith('</', end)) texts.push(xml.slice(position, end));
    position = end;
  }
  return texts;
}

function isHrefTag(tag: string): boolean {
  return /^(?:[A-Za-z][\w.-]*:)?href(?:\s[^]*)?$/.test(tag) && !tag.endsWith('/');
}

function retryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
