import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createServices, type Services } from '@/entrypoints/background/services';
import { requestFile, type FileOffer, type PostBox } from '@/utils/messaging/files';
import type { MessageSenderInfo } from '@/utils/messaging/server';
import de from '@/locales/de.json';
import en from '@/locales/en.json';

let services: Services | undefined;

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await services?.db.delete();
  services = undefined;
});

function background() {
  services = createServices();
  return { services, handlers: createHandlers(services) };
}

const dashboard: MessageSenderInfo = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/dashboard.html#settings' };
const sidebar: MessageSenderInfo = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/sidepanel.html' };

async function tab(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

describe('the in-page dock', () => {
  const callPage = (tabId: number): MessageSenderInfo => ({ id: fakeBrowser.runtime.id, url: 'https://meet.google.com/abc-defg-hij', tab: { id: tabId } });
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  });

  it('starts from the stored width and state with its labels, and keeps what the page saves', async () => {
    const { handlers } = background();
    const tabId = await tab('https://meet.google.com/abc-defg-hij');
    const first = await handlers.registerCallTab({ title: '1:1 Sam' }, callPage(tabId));
    expect(first).toMatchObject({ tabId, width: null, open: false });
    expect(first.labels).toEqual(en.dock);

    await handlers.saveDockState({ width: 420 }, callPage(tabId));
    await handlers.saveDockState({ open: true }, callPage(tabId));
    expect(await handlers.registerCallTab({ title: '1:1 Sam' }, callPage(tabId))).toMatchObject({ width: 420, open: true });
  });

  it("labels the dock in the browser's language even when the browser's i18n answers nothing", async () => {
    // Seen in Chromium under load: a worker just woken gave every dock_* message as '', and the dock
    // had no accessible names.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-DE');
    const { handlers } = background();
    const tabId = await tab('https://meet.google.com/abc-defg-hij');
    expect((await handlers.registerCallTab({ title: '1:1 Sam' }, callPage(tabId))).labels).toEqual(de.dock);
  });

  it.each([
    ['a width that is not a number', { width: '420px' }],
    ['a width of zero', { width: 0 }],
    ['an endless width', { width: Infinity }],
    ['an open state that is not true or false', { open: 'yes' }],
  ])('refuses %s and keeps the stored state', async (_name, state) => {
    const { handlers } = background();
    const tabId = await tab('https://meet.google.com/abc-defg-hij');
    await handlers.saveDockState({ width: 400, open: true }, callPage(tabId));
    await expect(handlers.saveDockState(state as never, callPage(tabId))).rejects.toThrow(TypeError);
    expect(await handlers.registerCallTab({ title: '' }, callPage(tabId))).toMatchObject({ width: 400, open: true });
  });

  // The call script sends page text it cut to 200 characters; anything else did not come from it.
  it.each([
    ['a title that is not text', { title: ['1:1 Sam'] }],
    ['a title longer than the call script sends', { title: 'x'.repeat(201) }],
    ['a megabyte of title', { title: 'x'.repeat(1_000_000) }],
  ])('refuses %s and keeps the call as it was', async (_name, data) => {
    const { handlers } = background();
    const tabId = await tab('https://meet.google.com/abc-defg-hij');
    await handlers.registerCallTab({ title: '1:1 Sam' }, callPage(tabId));
    await expect(handlers.registerCallTab(data as never, callPage(tabId))).rejects.toThrow(TypeError);
    expect(await handlers.getCallContext({ tabId }, sidebar)).toMatchObject({ title: '1:1 Sam' });
  });
});

describe('openSidebar', () => {
  it('answers the settings alone outside a call', async () => {
    const { handlers } = background();
    const tabId = await tab('https://meet.google.com/landing');
    expect(await handlers.openSidebar({ tabId, uiLanguage: 'en-US' }, sidebar)).toEqual({
      settings: { autoAdvance: false, language: null, chatPaste: false, pinnedSuggestions: [], theme: 'auto', listeningBalance: false, listeningThreshold: 60 },
      context: null,
      session: null,
      notes: [],
    });
  });

  it('opens the call’s session in the language the page would pick, with its notes, as openSession would', async () => {
    const { services, handlers } = background();
    const tabId = await tab('https://meet.google.com/abc-defg-hij');
    await services.callTabs.register(tabId, '1:1 Sam');

    const first = await handlers.openSidebar({ tabId, uiLanguage: 'nl-BE' }, sidebar);
    expect(first.context).toEqual({ tabId, meeting: { site: 'meet', code: 'abc-defg-hij' }, title: '1:1 Sam', pageTheme: null });
    expect(first.session).toMatchObject({ language: 'nl', meeting: { title: '1:1 Sam' } });
    expect(first.notes).toEqual([]);
    expect((await services.callTabs.get(tabId))?.sessionId).toBe(first.session!.id);

    // The same session again, now with a note; the user's own language choice wins over the browser's.
    await services.notes.saveText(first.session!.id, 'start', 'Energy is high');
    await services.settings.update({ language: 'de' });
    const again = await handlers.openSidebar({ tabId, uiLanguage: 'nl-BE' }, sidebar);
    expect(again.session?.id).toBe(first.session!.id);
    expect(again.settings.language).toBe('de');
    expect(again.notes.map((note) => note.text)).toEqual(['Energy is high']);
    const opened = await handlers.openSession({ meeting: first.context!.meeting, title: '1:1 Sam', language: 'de', tabId }, sidebar);
    expect(opened.id).toBe(first.session!.id);
  });
});

describe('exportBackup', () => {
  async function withData() {
    const { services, handlers } = background();
    await services.sessions.openForMeeting({ site: 'meet', code: 'abc-defg-hij' }, 'Weekly', 'en');
    return { services, handlers };
  }
  const records = (text: string) => (JSON.parse(text) as { records: unknown }).records;

  it('sends the file to the asking page when it can, and answers that it did', async () => {
    const { services, handlers } = await withData();
    const listeners = new Set<(event: MessageEvent) => void>();
    const page: PostBox = { addEventListener: (_type, listener) => listeners.add(listener), removeEventListener: (_type, listener) => listeners.delete(listener) };
    const asking = {
      url: 'chrome-extension://test-extension-id/dashboard.html',
      postMessage: vi.fn((offer: FileOffer) => listeners.forEach((listener) => listener(new MessageEvent('message', { data: offer })))),
    };
    const elsewhere = { url: 'chrome-extension://test-extension-id/sidepanel.html', postMessage: vi.fn() };
    vi.stubGlobal('clients', { matchAll: async () => [asking, elsewhere] });

    const file = await requestFile(async (delivery) => {
      const answer = await handlers.exportBackup({ delivery }, dashboard);
      expect(answer).toEqual({ posted: true });
      return answer;
    }, 'application/json', page);
    expect(asking.postMessage).toHaveBeenCalledOnce();
    expect(elsewhere.postMessage).not.toHaveBeenCalled();
    expect(file.type).toBe('application/json');
    expect(records(await file.text())).toEqual(records(await services.backup.export()));
  });

  it('answers with the text when not asked for a delivery, or when no page can take one', async () => {
    const { services, handlers } = await withData();
    const plain = await handlers.exportBackup({}, dashboard);
    expect(plain.posted).toBe(false);
    const expected = records(await services.backup.export());
    expect(!plain.posted && records(plain.text)).toEqual(expected);

    // A background page (Firefox) has no clients to post to.
    const noWorker = await handlers.exportBackup({ delivery: 'd-2' }, dashboard);
    expect(!noWorker.posted && records(noWorker.text)).toEqual(expected);

    vi.stubGlobal('clients', { matchAll: async () => [] });
    const gone = await handlers.exportBackup({ delivery: 'd-3' }, dashboard);
    expect(gone.posted).toBe(false);
  });
});
