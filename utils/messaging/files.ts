/**
 * Files between the background and an extension page, both ways. Chrome's extension messages copy
 * a big string slowly and carry at most 64 MiB. A service worker background instead offers the page
 * a MessagePort under a `delivery` id the page sent with its request, and the file goes over it:
 * - to the page (export) in pieces as the background makes them; the page turns each piece into a
 *   Blob on its own thread meanwhile, which keeps that work off the background's one thread. The
 *   answer is then `{ posted: true }`.
 * - from the page (restore) in chunks of bytes the page reads from disk one after another, so
 *   neither side ever copies the file in one go; the background reports its progress back.
 * Elsewhere (Firefox's background page, tests) the text goes in the message itself.
 */
export type FileAnswer = { posted: true } | { posted: false; text: string };

/**
 * How a page sends a file: a delivery id to offer a port under and the file's size in bytes, or
 * the text itself where no port can be offered.
 */
export type FileUpload = { delivery: string; size: number } | { text: string };

/** What the background made of an uploaded file; `received: false` when it could offer no port, so the page sends the text. */
export type UploadAnswer<T> = { received: true; value: T } | { received: false };

/** Posted by the background to each page at the asking URL; only the page that asked claims it. */
export interface FileOffer {
  coachbar: 'file';
  delivery: string;
  port: MessagePort;
}

export function isFileOffer(message: unknown): message is FileOffer {
  return typeof message === 'object' && message !== null && (message as { coachbar?: unknown }).coachbar === 'file';
}

/** Over an offer's port, page → background: this page asked for the file. */
interface FileClaim {
  claim: true;
}

/**
 * Over an offer's port, background → page: pieces of the file's text by number, then the file as
 * text and piece numbers in order. A port keeps its messages in order.
 */
type FileMessage = { piece: number; text: string } | { layout: (string | number)[] };

/** Over an upload's port, page → background: the file's bytes in order, then its end, or why it could not be read. */
type UploadMessage = { chunk: ArrayBuffer } | { end: true } | { failed: string };

function isUploadMessage(data: unknown): data is UploadMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return message.chunk instanceof ArrayBuffer || message.end === true || typeof message.failed === 'string';
}

/** Over an upload's port, background → page: how far the work on the file has come. */
interface UploadProgress {
  progress: { done: number; total: number };
}

/** A lost or unclaimed file, or an upload that stops, fails the request rather than leave it waiting forever. */
const postTimeoutMs = 30_000;

/** Bytes a page reads and sends at a time: small enough that no step of an upload holds up a page. */
export const uploadChunkBytes = 1024 * 1024;

/**
 * Offers a port under `delivery` to each of `pages`; `onClaim` gets the one the asking page claims,
 * at once, so it hears every message the page sends after its claim. `close` closes every port.
 */
function offerPort(pages: readonly PageClient[], delivery: string, claimTimeoutMs: number, onClaim: (port: MessagePort) => void = () => undefined) {
  const ports = pages.map((page) => {
    const channel = new MessageChannel();
    page.postMessage({ coachbar: 'file', delivery, port: channel.port2 }, [channel.port2]);
    return channel.port1;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const claimed = new Promise<MessagePort>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error('The page that asked for the file did not take it.')), claimTimeoutMs);
    for (const port of ports) {
      port.onmessage = (event: MessageEvent<FileClaim>) => {
        if (event.data?.claim !== true) return;
        clearTimeout(timer);
        // Only the first claim counts: the other pages' ports close, so none can mix in.
        for (const other of ports) if (other !== port) other.close();
        onClaim(port);
        resolve(port);
      };
    }
  });
  // Awaited by the caller unless it fails or finishes first.
  claimed.catch(() => undefined);
  return {
    claimed,
    close() {
      clearTimeout(timer);
      // Messages already posted still arrive; the page closes its end too.
      for (const port of ports) port.close();
    },
  };
}

/**
 * Offers a file under `delivery` to `pages` and sends it to the first that claims it: `make` hands
 * each piece of text to `piece` as it makes it (sent once the file is claimed) and returns the
 * layout. Every port closes at the end, also when `make` fails or no page claims the file.
 */
export async function sendFile(
  pages: readonly PageClient[],
  delivery: string,
  make: (piece: (text: string) => number) => Promise<readonly (string | number)[]>,
  claimTimeoutMs = postTimeoutMs,
): Promise<void> {
  const offer = offerPort(pages, delivery, claimTimeoutMs);
  const send = (message: FileMessage) => offer.claimed.then((port) => port.postMessage(message));
  let pieces = 0;
  try {
    const layout = await make((text) => {
      const piece = pieces++;
      // Pieces made before a claim that never comes: the layout's send reports it.
      send({ piece, text }).catch(() => undefined);
      return piece;
    });
    await send({ layout: [...layout] });
  } finally {
    offer.close();
  }
}

/**
 * Offers a port under `delivery` to `pages` and takes a file of `size` bytes from the page that
 * claims it, as UTF-8 text (as Blob.text() reads it). `use` gets the text and a way to tell the page
 * how far it has come. Every port closes at the end.
 */
export async function receiveUpload<T>(
  pages: readonly PageClient[],
  delivery: string,
  size: number,
  use: (text: string, progress: (done: number, total: number) => void) => Promise<T>,
  timeoutMs = postTimeoutMs,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gather: (port: MessagePort) => void = () => undefined;
  const received = new Promise<string>((resolve, reject) => {
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let bytes = 0;
    const waitForMore = () => {
      clearTimeout(timer);
      timer = setTimeout(() => reject(new Error('The page stopped sending the file.')), timeoutMs);
    };
    gather = (port) => {
      waitForMore();
      port.onmessage = ({ data }: MessageEvent<UploadMessage>) => {
        if (!isUploadMessage(data)) {
          clearTimeout(timer);
          reject(new Error('The page sent something that is not part of the file.'));
        } else if ('failed' in data) {
          clearTimeout(timer);
          reject(new Error(data.failed));
        } else if ('chunk' in data) {
          bytes += data.chunk.byteLength;
          if (bytes > size) {
            clearTimeout(timer);
            reject(new Error('The page sent more of the file than it said it would.'));
            return;
          }
          parts.push(decoder.decode(data.chunk, { stream: true }));
          waitForMore();
        } else {
          clearTimeout(timer);
          parts.push(decoder.decode());
          if (bytes === size) resolve(parts.join(''));
          else reject(new Error('The page sent only part of the file.'));
        }
      };
    };
  });
  // Awaited below once the file is claimed.
  received.catch(() => undefined);
  const offer = offerPort(pages, delivery, timeoutMs, (port) => gather(port));
  try {
    const port = await offer.claimed;
    const text = await received;
    let reported = -1;
    return await use(text, (done, total) => {
      // One message per percent at most, however often the work reports.
      const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
      if (percent === reported) return;
      reported = percent;
      port.postMessage({ progress: { done, total } } satisfies UploadProgress);
    });
  } finally {
    clearTimeout(timer);
    offer.close();
  }
}

/** The little of the service worker's `Clients` used here (the DOM typings lack worker types). */
export interface PageClient {
  url: string;
  postMessage(message: FileOffer, transfer: Transferable[]): void;
}

interface ClientList {
  matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly PageClient[]>;
}

const withoutFragment = (url: string) => url.split('#')[0];

/** The extension pages open at `url` (fragment aside), where the background is a service worker; else none. */
export async function pagesAt(url: string, clients = (globalThis as { clients?: ClientList }).clients): Promise<readonly PageClient[]> {
  if (!clients) return [];
  const page = withoutFragment(url);
  return (await clients.matchAll({ type: 'window', includeUncontrolled: true })).filter((client) => withoutFragment(client.url) === page);
}

/** Where a page hears what the background posts: its `navigator.serviceWorker`. */
export interface PostBox {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  startMessages?(): void;
}

/** This page's `navigator.serviceWorker`; none where service workers are off (Firefox may throw then). */
function pagePostBox(): PostBox | undefined {
  try {
    return globalThis.navigator?.serviceWorker ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Listens on `postBox` for the port offered under `delivery` and hands the first to `onOffer`;
 * `stop` stops listening, closes the port and aborts `onOffer`'s signal.
 */
function listenForOffer<T>(postBox: PostBox, delivery: string, onOffer: (port: MessagePort, signal: AbortSignal) => Promise<T>) {
  const abort = new AbortController();
  let port: MessagePort | undefined;
  let listener: (event: MessageEvent) => void = () => undefined;
  const offered = new Promise<T>((resolve, reject) => {
    listener = (event) => {
      if (port || !isFileOffer(event.data) || event.data.delivery !== delivery) return;
      port = event.data.port;
      onOffer(port, abort.signal).then(resolve, reject);
    };
  });
  // Awaited by the caller unless its request fails first.
  offered.catch(() => undefined);
  postBox.addEventListener('message', listener);
  // Messages wait in a queue until the page starts it (or sets onmessage).
  postBox.startMessages?.();
  return {
    offered,
    stop() {
      postBox.removeEventListener('message', listener);
      abort.abort();
      port?.close();
    },
  };
}

/**
 * Asks for a file with `request` and returns it as a Blob of `type`: the one offered to this page,
 * or one made from the answer's text. `request` is given no delivery id where nothing can be offered.
 */
export async function requestFile(
  request: (delivery: string | undefined) => Promise<FileAnswer>,
  type: string,
  postBox: PostBox | undefined = pagePostBox(),
): Promise<Blob> {
  if (!postBox) return fromAnswer(await request(undefined), type);
  const delivery = crypto.randomUUID();
  const offer = listenForOffer(postBox, delivery, (port) => receiveFile(port, type));
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = await request(delivery);
    if (!answer.posted) return fromAnswer(answer, type);
    const lost = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('The background sent the file, but it never arrived.')), postTimeoutMs);
    });
    return await Promise.race([offer.offered, lost]);
  } finally {
    clearTimeout(timer);
    offer.stop();
  }
}

/** How far an upload has come: bytes of the file `read` and sent, then the background's `work` on it. */
export interface UploadListener {
  read?(done: number, total: number): void;
  work?(done: number, total: number): void;
}

/**
 * Sends `file` with `request` and returns what the background made of it: over a port offered to
 * this page, or as text where none can be. Either way the file is read a chunk at a time, so the
 * page stays responsive and can show how far it has come.
 */
export async function uploadFile<T>(
  file: Blob,
  request: (upload: FileUpload) => Promise<UploadAnswer<T>>,
  listener: UploadListener = {},
  postBox: PostBox | undefined = pagePostBox(),
  chunkBytes = uploadChunkBytes,
): Promise<T> {
  if (postBox) {
    const delivery = crypto.randomUUID();
    const offer = listenForOffer(postBox, delivery, (port, signal) => sendChunks(port, file, chunkBytes, listener, signal));
    try {
      const answer = await request({ delivery, size: file.size });
      if (answer.received) return answer.value;
    } finally {
      offer.stop();
    }
  }
  const answer = await request({ text: await readText(file, chunkBytes, listener.read) });
  if (!answer.received) throw new Error('The background did not take the file.');
  return answer.value;
}

/** Claims an offered upload port and sends the file over it, chunk by chunk, until done or `signal` aborts. */
async function sendChunks(port: MessagePort, file: Blob, chunkBytes: number, listener: UploadListener, signal: AbortSignal): Promise<void> {
  port.onmessage = ({ data }: MessageEvent<UploadProgress>) => listener.work?.(data.progress.done, data.progress.total);
  port.postMessage({ claim: true } satisfies FileClaim);
  const post = (message: UploadMessage, transfer: Transferable[] = []) => port.postMessage(message, transfer);
  try {
    for (let start = 0; start < file.size && !signal.aborted; start += chunkBytes) {
      const chunk = await file.slice(start, start + chunkBytes).arrayBuffer();
      post({ chunk }, [chunk]);
      listener.read?.(Math.min(start + chunkBytes, file.size), file.size);
    }
    post({ end: true });
  } catch (error) {
    // The background answers the request with this rather than wait for the rest.
    post({ failed: error instanceof Error ? error.message : String(error) });
  }
}

/** The file as UTF-8 text, as Blob.text() reads it, a chunk at a time. */
async function readText(file: Blob, chunkBytes: number, read: UploadListener['read']): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (let start = 0; start < file.size; start += chunkBytes) {
    parts.push(decoder.decode(await file.slice(start, start + chunkBytes).arrayBuffer(), { stream: true }));
    read?.(Math.min(start + chunkBytes, file.size), file.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Claims an offered file and gathers its pieces, each made into a Blob as it comes. */
function receiveFile(port: MessagePort, type: string): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const pieces = new Map<number, Blob>();
    port.onmessage = ({ data }: MessageEvent<FileMessage>) => {
      if ('piece' in data) {
        pieces.set(data.piece, new Blob([data.text]));
        return;
      }
      const parts = data.layout.map((part) => (typeof part === 'number' ? pieces.get(part) : part));
      if (parts.includes(undefined)) reject(new Error('The background sent only part of the file.'));
      else resolve(new Blob(parts as (string | Blob)[], { type }));
    };
    port.postMessage({ claim: true } satisfies FileClaim);
  });
}

function fromAnswer(answer: FileAnswer, type: string): Blob {
  if (answer.posted) throw new Error('The background sent a file nobody asked for.');
  return new Blob([answer.text], { type });
}
