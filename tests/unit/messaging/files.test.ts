import { describe, expect, it, vi } from 'vitest';
import { isFileOffer, pagesAt, sendFile, requestFile, type FileAnswer, type FileOffer, type PageClient, type PostBox } from '@/utils/messaging/files';

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
