import { describe, expect, it, vi } from 'vitest';
import { createCaller, RemoteError } from '@/utils/messaging/client';
import { createRequestListener, isAllowedSender, type Handlers, type MessageSenderInfo, type TrustPolicy } from '@/utils/messaging/server';
import type { Method } from '@/utils/messaging/protocol';

const policy: TrustPolicy = {
  extensionId: 'our-id',
  extensionOrigin: 'chrome-extension://our-id/',
  isCallPage: (url) => url.startsWith('https://meet.google.com/'),
};

const page: MessageSenderInfo = { id: 'our-id', url: 'chrome-extension://our-id/sidepanel.html?tab=3' };
const contentScript: MessageSenderInfo = { id: 'our-id', url: 'https://meet.google.com/abc-defg-hij', tab: { id: 3 } };

describe('isAllowedSender', () => {
  it.each<{ name: string; method: Method; sender: MessageSenderInfo; allowed: boolean }>([
    { name: 'our page, any method', method: 'saveNote', sender: page, allowed: true },
    { name: 'our content script, its own method', method: 'registerCallTab', sender: contentScript, allowed: true },
    { name: 'our content script reading data', method: 'getNotes', sender: contentScript, allowed: false },
    { name: 'another extension', method: 'getNotes', sender: { ...page, id: 'other' }, allowed: false },
    { name: 'another extension page URL with our id', method: 'getNotes', sender: { id: 'our-id', url: 'chrome-extension://evil/x.html' }, allowed: false },
    { name: 'content script on a page we do not serve', method: 'registerCallTab', sender: { ...contentScript, url: 'https://evil.example/' }, allowed: false },
    { name: 'content script without a tab', method: 'registerCallTab', sender: { id: 'our-id', url: contentScript.url }, allowed: false },
    { name: 'no url at all', method: 'getNotes', sender: { id: 'our-id' }, allowed: false },
  ])('$name', ({ method, sender, allowed }) => {
    expect(isAllowedSender(method, sender, policy)).toBe(allowed);
  });
});

describe('request listener and caller', () => {
  function connect(handlers: Partial<Handlers>, sender: MessageSenderInfo) {
    const listener = createRequestListener(handlers as Handlers, policy);
    return createCaller(async (message) => listener(message, sender));
  }

  it('returns the handler result to the caller', async () => {
    const settings = { autoAdvance: true, language: 'de', chatPaste: false, pinnedSuggestions: [] };
    const call = connect({ getSettings: () => settings }, page);
    await expect(call('getSettings', {})).resolves.toEqual(settings);
  });

  it('rethrows a handler error at the caller with its name', async () => {
    const quota = Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    const call = connect({ getNotes: () => Promise.reject(quota) }, page);
    const error = await call('getNotes', { sessionId: 's' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect(error).toMatchObject({ name: 'QuotaExceededError', message: 'disk full' });
  });

  it('keeps the inner name of a wrapped quota error', async () => {
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: Object.assign(new Error('quota'), { name: 'QuotaExceededError' }) });
    const call = connect({ getNotes: () => Promise.reject(wrapped) }, page);
    await expect(call('getNotes', { sessionId: 's' })).rejects.toMatchObject({ name: 'QuotaExceededError' });
  });

  it('refuses a content script asking for data, without running the handler', async () => {
    const getNotes = vi.fn();
    const call = connect({ getNotes }, contentScript);
    await expect(call('getNotes', { sessionId: 's' })).rejects.toMatchObject({ name: 'NotAllowedError' });
    expect(getNotes).not.toHaveBeenCalled();
  });

  it('ignores messages that are not requests, and unknown methods', () => {
    const listener = createRequestListener({} as Handlers, policy);
    expect(listener({ coachbar: 'changed', tables: [] }, page)).toBeUndefined();
    expect(listener({ coachbar: 'request', method: 'toString', data: {} }, page)).toBeUndefined();
    expect(listener('hello', page)).toBeUndefined();
  });
});
