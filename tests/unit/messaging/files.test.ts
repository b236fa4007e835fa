import { describe, expect, it, vi } from 'vitest';
import {
  isFileOffer,
  pagesAt,
  receiveUpload,
  requestFile,
  sendFile,
  uploadFile,
  type FileAnswer,
  type FileOffer,
  type FileUpload,
  type PageClient,
  type PostBox,
  type UploadAnswer,
} from '@/utils/messaging/files';

/** A page's `navigator.serviceWorker` as far as requestFile uses it. */
function fakePostBox() {
  const listeners = new Set<(event: MessageEvent) => void>();
  const box: PostBox & { deliver(message: unknown): void; listening(): number } = {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    startMessages: vi.fn(),
    deliver: (message) => {
      for (const listener of [...listeners]) listener(new MessageEvent('message', { data: message }));
    },
    listening: () => listeners.size,
  };
  return box;
}

/** The background's side of the page: posting to it delivers into `box`. */
const pageOf = (box: ReturnType<typeof fakePostBox>, url = 'chrome-extension://id/dashboard.html'): PageClient => ({ url, postMessage: (message) => box.deliver(message) });

describe('requestFile with sendFile', () => {
  it('gathers the pieces offered under its delivery id into one file, ignoring other offers, and stops listening', async () => {
    const box = fakePostBox();
    const result = await requestFile(async (delivery) => {
      expect(delivery).toMatch(/^[0-9a-f-]{36}$/);
      expect(box.startMessages).toHaveBeenCalled();
      const other = expect(
        sendFile([pageOf(box)], 'someone-else', async (piece) => [piece('never')], 50),
      ).rejects.toThrow(/did not take it/);
      box.deliver({ coachbar: 'changed', tables: [] });
      await sendFile([pageOf(box)], delivery!, async (piece) => {
        const first = piece('{"a":1}');
        const second = piece('[2,3]');
        return ['{"x":', first, ',"y":', second, '}'];
      });
      await other;
      return { posted: true };
    }, 'application/json', box);
    expect(result.type).toBe('application/json');
    expect(await result.text()).toBe('{"x":{"a":1},"y":[2,3]}');
    expect(box.listening()).toBe(0);
  });

  it('sends pieces to the one page that claims the file, not to other pages at the same URL', async () => {
    const asking = fakePostBox();
    const other = fakePostBox();
    const heardElsewhere: unknown[] = [];
    other.addEventListener('message', (event) => {
      if (isFileOffer(event.data)) event.data.port.onmessage = (message) => heardElsewhere.push(message.data);
    });
    const result = await requestFile(async (delivery) => {
      await sendFile([pageOf(other), pageOf(asking)], delivery!, async (piece) => [piece('only')]);
      return { posted: true };
    }, 'text/plain', asking);
    expect(await result.text()).toBe('only');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heardElsewhere).toEqual([]);
  });

  it('waits for an offer that comes after the answer', async () => {
    const box = fakePostBox();
    const result = requestFile(async (delivery) => {
      setTimeout(() => void sendFile([pageOf(box)], delivery!, async () => ['late']), 5);
      return { posted: true };
    }, 'application/json', box);
    expect(await (await result).text()).toBe('late');
  });

  it('refuses a file whose layout names a piece that never came', async () => {
    const box = fakePostBox();
    const result = requestFile(async (delivery) => {
      await sendFile([pageOf(box)], delivery!, async () => ['{', 7, '}']);
      return { posted: true };
    }, 'application/json', box);
    await expect(result).rejects.toThrow(/only part of the file/);
    expect(box.listening()).toBe(0);
  });

  it('closes the offered ports when the file cannot be made, claimed or not', async () => {
    const offers: FileOffer[] = [];
    const collect: PageClient = { url: 'chrome-extension://id/dashboard.html', postMessage: (offer) => offers.push(offer) };
    const closed = (port: MessagePort) => new Promise<void>((resolve) => (port as unknown as { once(event: 'close', listener: () => void): void }).once('close', resolve));

    const unmade = () => new Error('The file could not be made.');

    const unclaimed = sendFile([collect], 'd-1', async () => {
      throw unmade();
    });
    const unclaimedClosed = closed(offers[0]!.port);
    await expect(unclaimed).rejects.toThrow(/could not be made/);
    await unclaimedClosed;

    let fail: (error: Error) => void = () => undefined;
    const claimed = sendFile([collect], 'd-2', (piece) => {
      piece('before');
      return new Promise((_resolve, reject) => (fail = reject));
    });
    const page = offers[1]!.port;
    const heard: unknown[] = [];
    page.onmessage = (event) => heard.push(event.data);
    page.postMessage({ claim: true });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    const claimedClosed = closed(page);
    fail(unmade());
    await expect(claimed).rejects.toThrow(/could not be made/);
    await claimedClosed;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard).toEqual([{ piece: 0, text: 'before' }]);
  });

  it('makes the file from the answer text where nothing was offered, or nothing can be', async () => {
    const answer: FileAnswer = { posted: false, text: '{"a":1}' };
    const box = fakePostBox();
    const withBox = await requestFile(async () => answer, 'application/json', box);
    expect(withBox.type).toBe('application/json');
    expect(await withBox.text()).toBe('{"a":1}');
    expect(box.listening()).toBe(0);

    const request = vi.fn(async () => answer);
    const without = await requestFile(request, 'application/json', undefined);
    expect(request).toHaveBeenCalledWith(undefined);
    expect(await without.text()).toBe('{"a":1}');
  });

  it('fails, rather than wait forever, when an offered file never arrives; and passes on a failed request', async () => {
    vi.useFakeTimers();
    try {
      const box = fakePostBox();
      const lost = requestFile(async () => ({ posted: true }), 'application/json', box);
      const settled = expect(lost).rejects.toThrow(/never arrived/);
      await vi.advanceTimersByTimeAsync(30_000);
      await settled;
      expect(box.listening()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    const box = fakePostBox();
    await expect(requestFile(() => Promise.reject(new Error('no background')), 'application/json', box)).rejects.toThrow('no background');
    expect(box.listening()).toBe(0);
  });
});

describe('pagesAt', () => {
  const page = (url: string): PageClient => ({ url, postMessage: vi.fn() });

  it('finds the extension pages at the asking URL, whatever their fragment', async () => {
    const dashboard = page('chrome-extension://id/dashboard.html#people');
    const other = page('chrome-extension://id/dashboard.html?round=1');
    const sidebar = page('chrome-extension://id/sidepanel.html');
    const clients = { matchAll: vi.fn(async () => [dashboard, other, sidebar]) };
    expect(await pagesAt('chrome-extension://id/dashboard.html#settings', clients)).toEqual([dashboard]);
    expect(clients.matchAll).toHaveBeenCalledWith({ type: 'window', includeUncontrolled: true });
  });

  it('finds none where the background is no service worker', async () => {
    expect(await pagesAt('chrome-extension://id/dashboard.html', undefined)).toEqual([]);
  });
});

describe('uploadFile with receiveUpload', () => {
  const dashboardUrl = 'chrome-extension://id/dashboard.html';
  /** The background's handler: takes the file over a port when it can, as the restore handlers do. */
  const background =
    (pages: readonly PageClient[], use: (text: string, progress: (done: number, total: number) => void) => Promise<string>) =>
    async (upload: FileUpload): Promise<UploadAnswer<string>> => {
      if ('text' in upload) return { received: true, value: await use(upload.text, () => undefined) };
      if (pages.length === 0) return { received: false };
      return { received: true, value: await receiveUpload(pages, upload.delivery, upload.size, use) };
    };

  it('sends the file in chunks over the offered port, with the text whole across chunk edges, and reports reading and work', async () => {
    const box = fakePostBox();
    // Multi-byte characters split over 3-byte chunks; a byte-order mark is dropped as Blob.text() does.
    const text = '{"name":"Zoë Müller 🦊","notes":"naïve façade"}';
    const file = new Blob(['\ufeff', text]);
    const read: number[] = [];
    const work: [number, number][] = [];
    const result = await uploadFile(
      file,
      background([pageOf(box, dashboardUrl)], async (received, progress) => {
        for (let done = 0; done <= 1000; done += 1) progress(done, 1000);
        // The page hears of the work while it runs.
        await vi.waitFor(() => expect(work.at(-1)).toEqual([1000, 1000]));
        return received;
      }),
      { read: (done, total) => read.push(done / total), work: (done, total) => work.push([done, total]) },
      box,
      3,
    );
    expect(result).toBe(text);
    expect(read.at(-1)).toBe(1);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    // One report per percent at most, however often the work reports.
    expect(work).toHaveLength(101);
    expect(box.listening()).toBe(0);
  });

  it('sends the text instead where the background offers no port, or the page can hear none', async () => {
    const box = fakePostBox();
    const calls: FileUpload[] = [];
    const file = new Blob(['{"a":"é"}']);
    const request = (upload: FileUpload) => {
      calls.push(upload);
      return background([], async (text) => text)(upload);
    };
    expect(await uploadFile(file, request, {}, box, 4)).toBe('{"a":"é"}');
    expect(calls).toEqual([{ delivery: expect.stringMatching(/^[0-9a-f-]{36}$/), size: file.size }, { text: '{"a":"é"}' }]);
    expect(box.listening()).toBe(0);

    calls.length = 0;
    const read: number[] = [];
    expect(await uploadFile(file, request, { read: (done) => read.push(done) }, undefined, 4)).toBe('{"a":"é"}');
    expect(calls).toEqual([{ text: '{"a":"é"}' }]);
    expect(read).toEqual([4, 8, file.size]);
  });

  it('takes an empty file', async () => {
    const box = fakePostBox();
    expect(await uploadFile(new Blob([]), background([pageOf(box, dashboardUrl)], async (text) => `[${text}]`), {}, box)).toBe('[]');
  });

  it('fails the request with the page’s reason when the page cannot read the file', async () => {
    const box = fakePostBox();
    const unreadable = {
      size: 10,
      slice: () => ({ arrayBuffer: () => Promise.reject(new Error('The file was changed on disk.')) }),
    } as unknown as Blob;
    const use = vi.fn(async (text: string) => text);
    await expect(uploadFile(unreadable, background([pageOf(box, dashboardUrl)], use), {}, box)).rejects.toThrow('The file was changed on disk.');
    expect(use).not.toHaveBeenCalled();
    expect(box.listening()).toBe(0);
  });

  /** A page that claims the upload offer and then sends what `send` posts. */
  function claimingPage(send: (port: MessagePort) => void): PageClient {
    return {
      url: dashboardUrl,
      postMessage: ({ port }) => {
        port.postMessage({ claim: true });
        send(port);
      },
    };
  }
  const bytes = (text: string) => new TextEncoder().encode(text).buffer;

  it('refuses more bytes than the page said, and a file that ends early', async () => {
    const use = vi.fn(async (text: string) => text);
    const tooMuch = claimingPage((port) => {
      port.postMessage({ chunk: bytes('12345') });
      port.postMessage({ chunk: bytes('678') });
      port.postMessage({ end: true });
    });
    await expect(receiveUpload([tooMuch], 'd', 6, use)).rejects.toThrow(/more of the file than it said/);

    const short = claimingPage((port) => {
      port.postMessage({ chunk: bytes('12345') });
      port.postMessage({ end: true });
    });
    await expect(receiveUpload([short], 'd', 6, use)).rejects.toThrow(/only part of the file/);
    expect(use).not.toHaveBeenCalled();
  });

  it('refuses what is not part of a file (a fake byte count, nothing at all), and takes chunks from the first page that claims only', async () => {
    const use = vi.fn(async (text: string) => text);
    const forged = claimingPage((port) => {
      port.postMessage({ chunk: { byteLength: -10 } });
      port.postMessage({ chunk: bytes('123') });
      port.postMessage({ end: true });
    });
    await expect(receiveUpload([forged], 'd', 3, use)).rejects.toThrow(/not part of the file/);
    await expect(receiveUpload([claimingPage((port) => port.postMessage(null))], 'd', 3, use)).rejects.toThrow(/not part of the file/);

    const first = claimingPage((port) => {
      port.postMessage({ chunk: bytes('AAA') });
      port.postMessage({ end: true });
    });
    const second = claimingPage((port) => port.postMessage({ chunk: bytes('ZZZ') }));
    expect(await receiveUpload([first, second], 'd', 3, use)).toBe('AAA');
  });

  it('fails, rather than wait forever, when no page claims the upload or the page stops sending, and closes the ports', async () => {
    const offers: FileOffer[] = [];
    const silent: PageClient = { url: dashboardUrl, postMessage: (offer) => offers.push(offer) };
    const closed = (port: MessagePort) => new Promise<void>((resolve) => (port as unknown as { once(event: 'close', listener: () => void): void }).once('close', resolve));
    const use = vi.fn(async (text: string) => text);

    const unclaimed = receiveUpload([silent], 'd-1', 5, use, 50);
    const unclaimedClosed = closed(offers[0]!.port);
    await expect(unclaimed).rejects.toThrow(/did not take it/);
    await unclaimedClosed;

    const stalled = receiveUpload(
      [claimingPage((port) => port.postMessage({ chunk: bytes('12') }))],
      'd-2',
      5,
      use,
      50,
    );
    await expect(stalled).rejects.toThrow(/stopped sending/);
    expect(use).not.toHaveBeenCalled();
  });
});
