/**
 * Files from the background to an extension page. Chrome's extension messages copy a big string
 * slowly (a 12 MB backup takes ~300 ms), but a service worker can post a Blob to a page it serves
 * by reference. So a page asks through the typed protocol with a `delivery` id, and a background
 * that is a service worker posts the file to that page under the id and answers `{ posted: true }`;
 * elsewhere (Firefox's background page, tests) the answer carries the text instead.
 */
export type FileAnswer = { posted: true } | { posted: false; text: string };

/** Posted by the background to the asking page; only our own extension pages can receive it. */
export interface PostedFile {
  coachbar: 'file';
  delivery: string;
  file: Blob;
}

export function isPostedFile(message: unknown): message is PostedFile {
  return typeof message === 'object' && message !== null && (message as { coachbar?: unknown }).coachbar === 'file';
}

/** The little of the service worker's `Clients` used here (the DOM typings lack worker types). */
export interface PageClient {
  url: string;
  postMessage(message: PostedFile): void;
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

/** A lost post fails the request rather than leave it waiting forever; the post comes before the answer. */
const postTimeoutMs = 30_000;

/**
 * Asks for a file with `request` and returns it as a Blob of `type`: the one posted to this page,
 * or one made from the answer's text. `request` is given no delivery id where nothing can be posted.
 */
export async function requestFile(
  request: (delivery: string | undefined) => Promise<FileAnswer>,
  type: string,
  postBox: PostBox | undefined = pagePostBox(),
): Promise<Blob> {
  if (!postBox) return fromAnswer(await request(undefined), type);
  const delivery = crypto.randomUUID();
  let listener: (event: MessageEvent) => void = () => undefined;
  const posted = new Promise<Blob>((resolve) => {
    listener = (event) => {
      if (isPostedFile(event.data) && event.data.delivery === delivery) resolve(event.data.file);
    };
  });
  postBox.addEventListener('message', listener);
  // Messages wait in a queue until the page starts it (or sets onmessage).
  postBox.startMessages?.();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = await request(delivery);
    if (!answer.posted) return fromAnswer(answer, type);
    const lost = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('The background posted the file, but it never arrived.')), postTimeoutMs);
    });
    return await Promise.race([posted, lost]);
  } finally {
    clearTimeout(timer);
    postBox.removeEventListener('message', listener);
  }
}

function fromAnswer(answer: FileAnswer, type: string): Blob {
  if (answer.posted) throw new Error('The background posted a file nobody asked for.');
  return new Blob([answer.text], { type });
}
