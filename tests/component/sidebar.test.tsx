// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import { App } from '@/entrypoints/sidepanel/App';
import type { Services } from '@/entrypoints/background/services';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  vi.useRealTimers();
  cleanup();
  await services?.db.delete();
  services = undefined;
});

function renderSidebar(tabId: number | undefined) {
  return render(
    <DataProvider>
      <I18nProvider language="en">
        <App tabId={tabId} />
      </I18nProvider>
    </DataProvider>,
  );
}

async function openCallTab(url = 'https://meet.google.com/abc-defg-hij'): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('sidebar page', () => {
  it('shows an empty state outside a call', async () => {
    services = startBackground();
    const tabId = await openCallTab('https://meet.google.com/landing');
    renderSidebar(tabId);
    expect(await screen.findByRole('heading', { name: 'No call here yet' })).toBeTruthy();
  });

  it("in the browser's side panel, follows the user to another call's tab", async () => {
    services = startBackground();
    // The fake browser knows a last-focused window only once a second one has been focused.
    const callWindow = (await fakeBrowser.windows.create({ focused: true }))!;
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ windowId: callWindow.id, url: 'https://meet.google.com/abc-defg-hij', active: true });
    const other = await fakeBrowser.tabs.create({ windowId: callWindow.id, url: 'https://meet.google.com/xyz-abcd-efg' });
    renderSidebar(undefined);
    expect(await screen.findByText('Meeting abc-defg-hij')).toBeTruthy();

    await fakeBrowser.tabs.update(other.id!, { active: true });
    expect(await screen.findByText('Meeting xyz-abcd-efg')).toBeTruthy();
  });

  it("in the browser's side panel, keeps the call it showed last while the active tab holds none", async () => {
    services = startBackground();
    const callWindow = (await fakeBrowser.windows.create({ focused: true }))!;
    await fakeBrowser.windows.create({ focused: true });
    const first = await fakeBrowser.tabs.create({ windowId: callWindow.id, url: 'https://meet.google.com/abc-defg-hij', active: true });
    const second = await fakeBrowser.tabs.create({ windowId: callWindow.id, url: 'https://meet.google.com/xyz-abcd-efg' });
    const elsewhere = await fakeBrowser.tabs.create({ windowId: callWindow.id, url: 'https://example.com/' });
    // As their call scripts do; the second call joined last.
    await services.callTabs.register(first.id!, '');
    await services.callTabs.register(second.id!, '');
    renderSidebar(undefined);
    expect(await screen.findByText('Meeting abc-defg-hij')).toBeTruthy();

    const asked = vi.spyOn(fakeBrowser.tabs, 'query');
    await fakeBrowser.tabs.update(elsewhere.id!, { active: true });
    await waitFor(() => expect(asked).toHaveBeenCalled());
    // Time for that read's answer to render.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByText('Meeting abc-defg-hij')).toBeTruthy();
  });

  it('shows the agenda with the first section current, and moves on with Next', async () => {
    services = startBackground();
    renderSidebar(await openCallTab());
    // A first 1:1 on a link opens on the weekly.
    expect(await screen.findByRole('heading', { level: 2, name: 'Your topics' })).toBeTruthy();
    const agenda = screen.getByRole('navigation', { name: 'Agenda' });
    expect(within(agenda).getAllByRole('button')).toHaveLength(6);
    expect(within(agenda).getByRole('button', { current: 'step' }).textContent).toContain('Your topics');

    await userEvent.click(screen.getByRole('button', { name: /Next section/ }));
    expect(await screen.findByRole('heading', { level: 2, name: "Last time's actions" })).toBeTruthy();
    expect(screen.getByText('Which actions from last time are done?')).toBeTruthy();
  });

  it('counts the section down every second and, with auto-advance on, moves on when its time is up', async () => {
    // Only Date is faked: the sidebar's own once-a-second timer runs for real and reads the moved clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    services = startBackground();
    renderSidebar(await openCallTab());
    expect(await screen.findByRole('heading', { level: 2, name: 'Your topics' })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('5:00 left');

    vi.setSystemTime(Date.now() + 61_000);
    await waitFor(() => expect(screen.getByRole('timer').textContent).toBe('3:59 left'), { timeout: 2000 });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Move on when time is up' }));
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Move on when time is up' }) as HTMLInputElement).checked).toBe(true));

    vi.setSystemTime(Date.now() + 4 * 60_000 + 30_000);
    expect(await screen.findByRole('heading', { level: 2, name: "Last time's actions" }, { timeout: 2000 })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Agenda' })).getByRole('button', { current: 'step' }).textContent).toContain("Last time's actions");
    expect(screen.getByRole('timer').textContent).toBe('2:29 left');
  });

  it('saves notes as you type and keeps them per section', async () => {
    services = startBackground();
    renderSidebar(await openCallTab());
    const notes = await screen.findByRole('textbox', { name: 'Notes for Your topics' });
    await waitFor(() => expect((notes as HTMLTextAreaElement).disabled).toBe(false));
    await userEvent.type(notes, 'Energy is high');
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    const [session] = await services.sessions.list();
    expect((await services.notes.forSession(session!.id)).map((note) => [note.sectionId, note.text])).toEqual([['check-in', 'Energy is high']]);

    await userEvent.click(screen.getByRole('button', { name: /Next section/ }));
    const next = await screen.findByRole('textbox', { name: "Notes for Last time's actions" });
    expect((next as HTMLTextAreaElement).value).toBe('');
    await userEvent.click(screen.getByRole('button', { name: /Previous section/ }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Notes for Your topics' }) as HTMLTextAreaElement).value).toBe('Energy is high'));
  });

  it('explains a full disk and keeps the text typed', async () => {
    services = startBackground({
      saveNote: () => Promise.reject(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })),
    });
    renderSidebar(await openCallTab());
    const notes = await screen.findByRole('textbox', { name: 'Notes for Your topics' });
    await waitFor(() => expect((notes as HTMLTextAreaElement).disabled).toBe(false));
    await userEvent.type(notes, 'Important');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('out of storage space');
    expect((notes as HTMLTextAreaElement).value).toBe('Important');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows page-provided meeting titles as text, never as markup', async () => {
    services = startBackground();
    const tabId = await openCallTab();
    await services.callTabs.register(tabId, '<img src=x onerror=alert(1)>Sam');
    renderSidebar(tabId);
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title.textContent).toBe('<img src=x onerror=alert(1)>Sam');
    expect(document.querySelector('img')).toBeNull();
  });
});
