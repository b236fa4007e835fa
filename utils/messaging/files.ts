/**
 * Files from the background to an extension page. Chrome's extension messages copy a big string
 * slowly (a 12 MB backup takes ~300 ms). A service worker background instead offers the page a
 * MessagePort under a `delivery` id the page sent with its request, and sends the file over it in
 * pieces as it makes them; the page turns each piece into a Blob on its own thread meanwhile, which
 * keeps that work off the background's one thread. The answer is then `{ posted: true }`; elsewhere
 * (Firefox's background page, tests) the answer carries the text instead.
 */
export type FileAnswer = { posted: true } | { posted: false; text: string };

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

/** A lost or unclaimed file fails the request rather than leave it waiting forever. */
const postTimeoutMs = 30_000;

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
        if (event.data?.claim === true) resolve(port);
      };
    }
  });
  // Pieces made before a claim that never comes: the layout's send reports it.
  claimed.catch(() => undefined);
  const send = (message: FileMessage) => claimed.then((port) => port.postMessage(message));
  let pieces = 0;
  try {
    const layout = await make((text) => {
      const piece = pieces++;
      send({ piece, text }).catch(() => undefined);
      return piece;
    });
    await send({ layout: [...layout] });
  } finally {
    clearTimeout(timer);
    // Messages already posted still arrive; the page closes its end too.
    for (const port of ports) port.close();
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
  let port: MessagePort | undefined;
  let listener: (event: MessageEvent) => void = () => undefined;
  const offered = new Promise<Blob>((resolve, reject) => {
    listener = (event) => {
      if (port || !isFileOffer(event.data) || event.data.delivery !== delivery) return;
      port = event.data.port;
      receiveFile(port, type).then(resolve, reject);
    };
  });
  // Awaited below unless the request fails first.
  offered.catch(() => undefined);
  postBox.addEventListener('message', listener);
  // Messages wait in a queue until the page starts it (or sets onmessage).
  postBox.startMessages?.();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = await request(delivery);
    if (!answer.posted) return fromAnswer(answer, type);
    const lost = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('The background sent the file, but it never arrived.')), postTimeoutMs);
    });
    return await Promise.race([offered, lost]);
  } finally {
    clearTimeout(timer);
    postBox.removeEventListener('message', listener);
    port?.close();
  }
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
