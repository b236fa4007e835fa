import { describe, expect, it, vi } from 'vitest';
import { createCaller, RemoteError, withDockToken } from '@/utils/messaging/client';
import { createRequestListener, isAllowedSender, type Handlers, type MessageSenderInfo, type TrustPolicy } from '@/utils/messaging/server';
import type { Method } from '@/utils/messaging/protocol';
import { isCallPageUrl } from '@/utils/sites/demo';

const policy: TrustPolicy = {
  extensionId: 'our-id',
  extensionOrigin: 'chrome-extension://our-id/',
  isCallPage: (url) => url.startsWith('https://meet.google.com/'),
  // Tab 3's dock is frame 7, holding token "t0k".
  isDockFrame: (tabId, frameId, token) => Promise.resolve(tabId === 3 && frameId === 7 && token === 't0k'),
};

const page: MessageSenderInfo = { id: 'our-id', url: 'chrome-extension://our-id/sidepanel.html?tab=3', tab: { id: 9 }, frameId: 0 };
const sidePanel: MessageSenderInfo = { id: 'our-id', url: 'chrome-extension://our-id/sidepanel.html' };
const contentScript: MessageSenderInfo = { id: 'our-id', url: 'https://meet.google.com/abc-defg-hij', tab: { id: 3, url: 'https://meet.google.com/abc-defg-hij' }, frameId: 0 };
const dock: MessageSenderInfo = { id: 'our-id', url: 'chrome-extension://our-id/sidepanel.html?tab=3&dock=t0k', tab: contentScript.tab, frameId: 7 };

describe('isAllowedSender', () => {
  it.each<{ name: string; method: Method; sender: MessageSenderInfo; token?: string; allowed: boolean }>([
    { name: 'our page in its own tab, any data method', method: 'saveNote', sender: page, allowed: true },
    { name: 'the side panel (no tab)', method: 'getNotes', sender: sidePanel, allowed: true },
    { name: 'our page, a call-script method (it hands out dock tokens)', method: 'registerCallTab', sender: page, allowed: false },
    { name: 'our content script, its own method', method: 'registerCallTab', sender: contentScript, allowed: true },
    { name: 'our content script reading data', method: 'getNotes', sender: contentScript, allowed: false },
    { name: 'our content script in a subframe of the call page', method: 'registerCallTab', sender: { ...contentScript, frameId: 2 }, allowed: false },
    { name: 'the dock of the call tab, with its token', method: 'getNotes', sender: dock, token: 't0k', allowed: true },
    { name: 'the dock, a call-script method', method: 'registerCallTab', sender: dock, token: 't0k', allowed: false },
    { name: 'another frame of the call tab with the dock token', method: 'getNotes', sender: { ...dock, frameId: 8 }, token: 't0k', allowed: false },
    { name: 'the dock frame with another token', method: 'getNotes', sender: dock, token: 'guess', allowed: false },
    { name: 'a frame of the call tab without a token', method: 'getNotes', sender: dock, allowed: false },
    { name: 'our page framed by another website', method: 'getNotes', sender: { ...dock, tab: { id: 3, url: 'https://evil.test/' } }, token: 't0k', allowed: false },
    { name: 'our page framed in a tab whose address we may not read', method: 'getNotes', sender: { ...dock, tab: { id: 3 } }, token: 't0k', allowed: false },
    { name: 'a framed page the browser gives no frame id', method: 'getNotes', sender: { ...dock, frameId: undefined }, token: 't0k', allowed: false },
    { name: 'another extension', method: 'getNotes', sender: { ...page, id: 'other' }, allowed: false },
    { name: 'another extension page URL with our id', method: 'getNotes', sender: { id: 'our-id', url: 'chrome-extension://evil/x.html' }, allowed: false },
    { name: 'content script on a page we do not serve', method: 'registerCallTab', sender: { ...contentScript, url: 'https://evil.example/' }, allowed: false },
    { name: 'content script without a tab', method: 'registerCallTab', sender: { id: 'our-id', url: contentScript.url, frameId: 0 }, allowed: false },
    { name: 'no url at all', method: 'getNotes', sender: { id: 'our-id' }, allowed: false },
  ])('$name', async ({ method, sender, token, allowed }) => {
    await expect(isAllowedSender(method, sender, token, policy)).resolves.toBe(allowed);
  });
});

describe('request listener and caller', () => {
  function connect(handlers: Partial<Handlers>, sender: MessageSenderInfo) {
    const listener = createRequestListener(handlers as Handlers, policy);
    return createCaller(async (message) => listener(message, sender));
  }

  it('returns the handler result to the caller', async () => {
    const settings = { autoAdvance: true, language: 'de', chatPaste: false, pinnedSuggestions: [], theme: 'light' as const, listeningBalance: false, listeningThreshold: 60 };
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

  it('serves the dock frame that sends its token, and refuses another frame of the tab, and a failed check', async () => {
    const getNotes = vi.fn(() => []);
    const listener = createRequestListener({ getNotes } as unknown as Handlers, policy);
    const request = { coachbar: 'request', method: 'getNotes', data: { sessionId: 's' }, dock: 't0k' };
    await expect(listener(request, dock)).resolves.toEqual({ ok: true, value: [] });
    await expect(listener(request, { ...dock, frameId: 8 })).resolves.toMatchObject({ ok: false, error: { name: 'NotAllowedError' } });
    const broken = createRequestListener({ getNotes } as unknown as Handlers, { ...policy, isDockFrame: () => Promise.reject(new Error('storage gone')) });
    await expect(broken(request, dock)).resolves.toMatchObject({ ok: false, error: { name: 'NotAllowedError' } });
    expect(getNotes).toHaveBeenCalledTimes(1);
  });

  it('sends the dock token with every request when it has one', async () => {
    const sent: unknown[] = [];
    const call = createCaller(withDockToken(async (message) => (sent.push(message), { ok: true, value: null }), 't0k'));
    await call('getSettings', {});
    expect(sent).toEqual([{ coachbar: 'request', method: 'getSettings', data: {}, dock: 't0k' }]);
  });

  it('ignores messages that are not requests, and unknown methods', () => {
    const listener = createRequestListener({} as Handlers, policy);
    expect(listener({ coachbar: 'changed', tables: [] }, page)).toBeUndefined();
    expect(listener({ coachbar: 'request', method: 'toString', data: {} }, page)).toBeUndefined();
    expect(listener('hello', page)).toBeUndefined();
  });
});

describe('the demo call page', () => {
  // The background's own policy: call sites and the demo page at its exact address.
  const demoPolicy: TrustPolicy = { ...policy, isCallPage: (url) => isCallPageUrl(url, policy.extensionOrigin) };
  const demoTab = { id: 4, url: 'chrome-extension://our-id/demo.html' };
  const demoPage: MessageSenderInfo = { id: 'our-id', url: demoTab.url, tab: demoTab, frameId: 0 };
  const demoDock: MessageSenderInfo = { id: 'our-id', url: 'chrome-extension://our-id/sidepanel.html?tab=4&dock=d3m0', tab: demoTab, frameId: 5 };
  const demoPolicyWithDock: TrustPolicy = { ...demoPolicy, isDockFrame: (tabId, frameId, token) => Promise.resolve(tabId === 4 && frameId === 5 && token === 'd3m0') };

  it.each<{ name: string; method: Method; sender: MessageSenderInfo; token?: string; allowed: boolean }>([
    { name: 'registers as a call, in its tab', method: 'registerCallTab', sender: demoPage, allowed: true },
    { name: 'uses the other call-script methods', method: 'showDock', sender: demoPage, allowed: true },
    { name: 'reads no data, as a call script may not', method: 'getNotes', sender: demoPage, allowed: false },
    { name: 'with a query, registers not', method: 'registerCallTab', sender: { ...demoPage, url: `${demoTab.url}?x=1`, tab: { id: 4, url: `${demoTab.url}?x=1` } }, allowed: false },
    { name: 'with a fragment, registers not', method: 'registerCallTab', sender: { ...demoPage, url: `${demoTab.url}#x` }, allowed: false },
    { name: 'framed in a tab, registers not', method: 'registerCallTab', sender: { ...demoPage, frameId: 3 }, allowed: false },
    { name: 'with no tab (a popup or the side panel), registers not', method: 'registerCallTab', sender: { id: 'our-id', url: demoTab.url, frameId: 0 }, allowed: false },
    { name: 'another page of ours registers not', method: 'registerCallTab', sender: { ...page, url: 'chrome-extension://our-id/dashboard.html' }, allowed: false },
    { name: "another extension's demo page registers not", method: 'registerCallTab', sender: { ...demoPage, id: 'other', url: 'chrome-extension://other/demo.html' }, allowed: false },
    { name: 'a website at the same path registers not', method: 'registerCallTab', sender: { ...demoPage, url: 'https://evil.example/demo.html', tab: { id: 4, url: 'https://evil.example/demo.html' } }, allowed: false },
    { name: 'its dock reads data with its token', method: 'getNotes', sender: demoDock, token: 'd3m0', allowed: true },
    { name: 'its dock with another token reads not', method: 'getNotes', sender: demoDock, token: 'guess', allowed: false },
    { name: 'the sidebar framed in another page of ours reads not', method: 'getNotes', sender: { ...demoDock, tab: { id: 4, url: 'chrome-extension://our-id/dashboard.html' } }, token: 'd3m0', allowed: false },
  ])('$name', async ({ method, sender, token, allowed }) => {
    await expect(isAllowedSender(method, sender, token, demoPolicyWithDock)).resolves.toBe(allowed);
  });

  it('leaves every other sender as it was', async () => {
    await expect(isAllowedSender('saveNote', page, undefined, demoPolicy)).resolves.toBe(true);
    await expect(isAllowedSender('registerCallTab', page, undefined, demoPolicy)).resolves.toBe(false);
    await expect(isAllowedSender('registerCallTab', contentScript, undefined, demoPolicy)).resolves.toBe(true);
  });
});
