import { describe, expect, it, vi } from 'vitest';
import { pagesAt, requestFile, type FileAnswer, type PageClient, type PostBox, type PostedFile } from '@/utils/messaging/files';

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

describe('requestFile', () => {
  it('takes the file posted under its delivery id, ignoring others, and stops listening', async () => {
    const box = fakePostBox();
    const file = new Blob(['{"format":"coachbar-backup"}'], { type: 'application/json' });
    const result = await requestFile(async (delivery) => {
      expect(delivery).toMatch(/^[0-9a-f-]{36}$/);
      expect(box.startMessages).toHaveBeenCalled();
      box.deliver({ coachbar: 'file', delivery: 'someone-else', file: new Blob(['other']) } satisfies PostedFile);
      box.deliver({ coachbar: 'changed', tables: [] });
      box.deliver({ coachbar: 'file', delivery: delivery!, file } satisfies PostedFile);
      return { posted: true };
    }, 'application/json', box);
    expect(result).toBe(file);
    expect(box.listening()).toBe(0);
  });

  it('waits for a post that comes after the answer', async () => {
    const box = fakePostBox();
    const file = new Blob(['late']);
    let id = '';
    const result = requestFile(async (delivery) => {
      id = delivery!;
      setTimeout(() => box.deliver({ coachbar: 'file', delivery: id, file }), 5);
      return { posted: true };
    }, 'application/json', box);
    await expect(result).resolves.toBe(file);
    expect(id).not.toBe('');
  });

  it('makes the file from the answer text where nothing was posted, or nothing can be', async () => {
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

  it('fails, rather than wait forever, when a posted file never arrives; and passes on a failed request', async () => {
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
