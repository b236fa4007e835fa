// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueryClient, DataProvider } from '@/components/data/provider';
import { LanguageProvider } from '@/components/LanguageProvider';
import { App } from '@/entrypoints/sidepanel/App';
import { prefetchFirstScreen, seedSidebar, start } from '@/entrypoints/sidepanel/start';
import type { Services } from '@/entrypoints/background/services';
import { callBackground } from '@/utils/messaging/background';
import { startBackground } from './support/background';
import { fakeSystem } from './support/system-theme';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  await services?.db.delete();
  services = undefined;
});

/** A background with a Meet call registered in a tab, noting the methods it is asked for. */
async function callInProgress() {
  const asked: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    asked.push((message as { method: string }).method);
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  fakeSystem('light');
  services = startBackground();
  const tabId = (await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' })).id!;
  await services.callTabs.register(tabId, '1:1 Sam');
  return { asked, tabId, background: services };
}

describe('sidebar start', () => {
  it('renders the session and its notes from the one first read, and the rest of the first screen from the reads sent beside it', async () => {
    const { asked, tabId, background } = await callInProgress();
    const session = (await background.sessions.openForMeeting({ site: 'meet', code: 'abc-defg-hij' }, '1:1 Sam', 'de'))!;
    await background.notes.saveText(session.id, 'check-in', 'Energie ist hoch');

    const first = await callBackground('openSidebar', { tabId, uiLanguage: 'en-US' });
    const client = createQueryClient();
    seedSidebar(client, tabId, first);
    prefetchFirstScreen(client);
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    asked.length = 0;
    render(
      <DataProvider client={client}>
        <LanguageProvider>
          <App tabId={tabId} />
        </LanguageProvider>
      </DataProvider>,
    );

    // The session keeps its own language (German) while the UI follows the browser's (English).
    const notes = screen.getByRole('textbox', { name: 'Notizen zu Deine Themen' });
    expect((notes as HTMLTextAreaElement).value).toBe('Energie ist hoch');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('1:1 Sam');
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(0));
    for (const method of ['getSettings', 'getCallContext', 'openSession', 'getSession', 'getNotes']) expect(asked).not.toContain(method);
    // The components read what was sent ahead under the same keys, and do not ask again.
    for (const method of ['listPeople', 'listStatements', 'listTemplates', 'listQuestions', 'getSyncStatus', 'listConflicts']) expect(asked).not.toContain(method);
  });

  it('asks for each of the first screen’s reads once, the preloaded page none before it is shown', async () => {
    const { asked, tabId } = await callInProgress();
    const root = document.body.appendChild(document.createElement('div'));
    root.id = 'root';

    let show = () => undefined as void;
    const shown = new Promise<void>((resolve) => (show = resolve));
    const opening = shown.then(() => callBackground('openSidebar', { tabId, uiLanguage: 'en-US' }));
    const started = start(tabId, opening, shown);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toEqual([]);

    show();
    await started;
    await screen.findByRole('textbox', { name: 'Notes for Your topics' });
    await vi.waitFor(() => expect(asked).toContain('getAskedBefore'));
    const once = ['openSidebar', 'listPeople', 'listStatements', 'listTemplates', 'listQuestions', 'getSyncStatus', 'listConflicts', 'getAskedBefore'];
    for (const method of once) expect(asked.filter((name) => name === method)).toHaveLength(1);
    root.remove();
  });
});
