import { describe, expect, it, vi } from 'vitest';
import { RemoteError } from '@/utils/sync/remote';
import { childNames, hrefTexts, maxListingBytes, WebDavStore } from '@/utils/sync/webdav';

/** A server that answers each method from a queue of statuses, and notes what it was asked. */
function fakeServer(answers: Record<string, number[]>) {
  const asked: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    asked.push(`${method} ${new URL(String(input)).pathname}`);
    return new Response(null, { status: answers[method]?.shift() ?? 500 });
  }) as typeof globalThis.fetch;
  return { asked, store: new WebDavStore({ url: 'https://dav.example/vault/', user: 'ada', password: 'secret', fetch }) };
}

const body = new TextEncoder().encode('{}');

describe('WebDavStore folders', () => {
  it('asks again when a MKCOL of a folder another device made that moment is refused (Apache), and goes on', async () => {
    const { asked, store } = fakeServer({ PUT: [409, 201], MKCOL: [403, 405, 201] });
    expect(await store.create('devices/head.json', body)).toBe(true);
    expect(asked).toEqual(['PUT /vault/devices/head.json', 'MKCOL /vault/', 'MKCOL /vault/', 'MKCOL /vault/devices/', 'PUT /vault/devices/head.json']);
  });

  it('reports a sign-in problem when the MKCOL is refused again', async () => {
    const { asked, store } = fakeServer({ PUT: [409], MKCOL: [403, 403] });
    const failure = await store.create('head.json', body).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RemoteError);
    expect(failure).toMatchObject({ kind: 'auth', status: 403 });
    expect(asked).toEqual(['PUT /vault/head.json', 'MKCOL /vault/', 'MKCOL /vault/']);
  });
});

describe('childNames', () => {
  const listing = (...hrefs: string[]) => `<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">${hrefs.map((href) => `<D:response><D:href>${href}</D:href><D:propstat/></D:response>`).join('')}</D:multistatus>`;

  it.each([
    ['lighttpd and Apache: paths, folders with a slash', listing('/dav/devices/', '/dav/devices/a-1/', '/dav/devices/b-2/'), ['a-1/', 'b-2/']],
    ['Nextcloud: a lower-case prefix and attributes', '<d:multistatus xmlns:d="DAV:"><d:response><d:href xmlns:x="urn:x">/dav/devices/a-1/</d:href></d:response></d:multistatus>', ['a-1/']],
    ['no prefix, absolute addresses', '<multistatus xmlns="DAV:"><response><href>https://dav.example/dav/devices/a-1/</href></response></multistatus>', ['a-1/']],
    ['escaped names', listing('/dav/devices/a%20b/', '/dav/devices/x&amp;y.json'), ['a b/', 'x&y.json']],
    ['grandchildren, other folders and the folder itself left out', listing('/dav/devices', '/dav/devices/a/log/', '/dav/other/b/', '/dav/devices/c.json'), ['c.json']],
    ['tags that are not an href', '<D:hrefs>/dav/devices/a/</D:hrefs><D:href/>/dav/devices/b/<x>/dav/devices/c/</x><D:href>/dav/devices/d/<D:x/>', []],
    ['a stray "<" before a real tag', '< <<D:href>/dav/devices/a/</D:href>', ['a/']],
  ])('%s', (_case, xml, names) => {
    expect(childNames(xml, '/dav/devices/')).toEqual(names);
  });
});

describe('hrefTexts on a hostile listing', () => {
  const size = 1_000_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const shapes: [string, string][] = [
    ['repeated "<href" that never closes', fill('<href')],
    ['repeated "<D:href>" without an end tag', fill('<D:href>x')],
    ['only "<"', fill('<')],
    ['one endless tag', `<D:href ${fill('a')}`],
    ['a real listing', fill('<D:response><D:href>/dav/devices/a-1/</D:href></D:response>')],
  ];

  /**
   * The work a scan does, counted instead of timed: characters that indexOf and lastIndexOf pass
   * over, and the longest text a regular expression is run on (a backtracking pattern over the
   * whole answer is what made it quadratic).
   */
  function work(run: () => void): { scanned: number; longestRegexInput: number } {
    let scanned = 0;
    let longestRegexInput = 0;
    const { indexOf, lastIndexOf } = String.prototype;
    const exec = RegExp.prototype.exec;
    vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, from?: number) {
      const found = indexOf.call(this, search, from);
      scanned += (found === -1 ? this.length : found) - (from ?? 0);
      return found;
    });
    vi.spyOn(String.prototype, 'lastIndexOf').mockImplementation(function (this: string, search: string, from?: number) {
      const found = lastIndexOf.call(this, search, from);
      scanned += (from ?? this.length) - (found === -1 ? 0 : found);
      return found;
    });
    vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, input: string) {
      longestRegexInput = Math.max(longestRegexInput, input.length);
      return exec.call(this, input);
    });
    try {
      run();
    } finally {
      vi.restoreAllMocks();
    }
    return { scanned, longestRegexInput };
  }

  it.each(shapes)('%s: a bounded number of looks per character, and no pattern over the whole answer', (_shape, xml) => {
    const { scanned, longestRegexInput } = work(() => hrefTexts(xml));
    expect(scanned).toBeLessThanOrEqual(3 * xml.length);
    expect(longestRegexInput).toBeLessThanOrEqual(200);
  });

  it('still finds every name of a large real listing', () => {
    const xml = listingOf(Array.from({ length: 5_000 }, (_, i) => `/dav/devices/d-${i}/`));
    expect(childNames(xml, '/dav/devices/')).toHaveLength(5_000);
  });

  function listingOf(hrefs: string[]): string {
    return `<D:multistatus xmlns:D="DAV:">${hrefs.map((href) => `<D:response><D:href>${href}</D:href></D:response>`).join('')}</D:multistatus>`;
  }
});

describe('WebDavStore answer sizes', () => {
  /** A server whose every answer is `body`, announcing its length or not. */
  function storeAnswering(body: () => ReadableStream<Uint8Array>, headers: Record<string, string> = {}, status = 200) {
    const fetch = (async () => new Response(body(), { status, headers })) as typeof globalThis.fetch;
    return new WebDavStore({ url: 'https://dav.example/vault/', user: 'ada', password: 'secret', fetch });
  }

  /** A body that never ends, counting the chunks it was asked for. */
  function endless(chunkBytes: number) {
    const pulled = { chunks: 0 };
    const stream = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled.chunks += 1;
          controller.enqueue(new Uint8Array(chunkBytes).fill(0x7b));
        },
      });
    return { pulled, stream };
  }

  it('stops reading a file that never ends once it passes the limit', async () => {
    const { pulled, stream } = endless(64 * 1024);
    const failure = await storeAnswering(stream)
      .read('devices/a/log/0000000001.json', null, 1_000_000)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RemoteError);
    expect(failure).toMatchObject({ kind: 'oversized', path: 'devices/a/log/0000000001.json' });
    expect(pulled.chunks).toBeLessThanOrEqual(Math.ceil(1_000_000 / (64 * 1024)) + 2);
  });

  it('refuses an answer that announces more than the limit without reading it', async () => {
    const { pulled, stream } = endless(1024);
    const failure = await storeAnswering(stream, { 'Content-Length': '5000000' })
      .read('devices/a/head.json', null, 256_000)
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'oversized' });
    expect(pulled.chunks).toBeLessThanOrEqual(1);
  });

  it('refuses a listing over its limit', async () => {
    const { stream } = endless(64 * 1024);
    const failure = await storeAnswering(stream, {}, 207)
      .list('devices/')
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'oversized', path: 'devices/', message: expect.stringContaining(String(maxListingBytes)) as string });
  });

  it('reads an answer within the limit whole', async () => {
    const bytes = new TextEncoder().encode('{"seq":1}');
    const file = await storeAnswering(() => new Response(bytes).body!).read('devices/a/head.json', null, bytes.length);
    expect(file).toMatchObject({ body: bytes });
  });
});
