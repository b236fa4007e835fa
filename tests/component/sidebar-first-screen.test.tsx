// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import { App } from '@/entrypoints/sidepanel/App';
import type { Services } from '@/entrypoints/background/services';
import type { Handlers } from '@/utils/messaging/server';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  sessionStorage.clear();
  await services?.db.delete();
  services = undefined;
});

async function openCallTab(): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' });
  return tab.id!;
}

function renderSidebar(tabId: number, docked = false) {
  return render(
    <DataProvider>
      <I18nProvider language="en">
        <App tabId={tabId} docked={docked} />
      </I18nProvider>
    </DataProvider>,
  );
}

const promptsBox = () => screen.getByText(/^Prompts \(\d\)$/).closest('details')!;
const moveButton = () => screen.queryByRole('button', { name: "Move to the browser's side panel" });

describe('the sidebar first screen', () => {
  it('keeps the template and the person on one line, and says what linking does only right after linking', async () => {
    services = startBackground();
    const tabId = await openCallTab();
    const { unmount } = renderSidebar(tabId);
    const setup = await screen.findByRole('group', { name: 'Agenda template and person' });
    expect(within(setup).getByRole('combobox', { name: 'Agenda template' })).toBeTruthy();
    const person = within(setup).getByRole('combobox', { name: 'Person' }) as HTMLSelectElement;
    await waitFor(() => expect(person.disabled).toBe(false));

    await userEvent.selectOptions(person, 'New person…');
    await userEvent.type(within(setup).getByRole('textbox', { name: 'Name' }), 'Alex Jansen');
    await userEvent.click(within(setup).getByRole('button', { name: 'Add person' }));
    expect(await within(setup).findByText('Next time, calls on this link open with Alex Jansen.')).toBeTruthy();

    expect(within(setup).getByText(/^Next time, calls on this link/).className).toBe('muted');

    // Shown again later, the line is just the two pickers, the person still chosen; what linking
    // does is the picker's description, out of sight.
    unmount();
    renderSidebar(tabId);
    const again = await screen.findByRole('group', { name: 'Agenda template and person' });
    const picker = within(again).getByRole('combobox', { name: 'Person' }) as HTMLSelectElement;
    await waitFor(() => expect(picker.selectedOptions[0]?.textContent).toBe('Alex Jansen'));
    const description = document.getElementById(picker.getAttribute('aria-describedby')!)!;
    expect(description.textContent).toBe('Next time, calls on this link open with Alex Jansen.');
    expect(description.className).toBe('visually-hidden');
  });

  it("opens a section's prompts on the first look only, in this session, also after a reload", async () => {
    services = startBackground();
    const tabId = await openCallTab();
    const { unmount } = renderSidebar(tabId);
    expect(await screen.findByRole('heading', { level: 2, name: 'Your topics' })).toBeTruthy();
    expect(promptsBox().open).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Next section' }));
    expect(await screen.findByRole('heading', { level: 2, name: "Last time's actions" })).toBeTruthy();
    expect(promptsBox().open).toBe(true);
    expect(document.querySelectorAll('details')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Previous section' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Your topics' })).toBeTruthy();
    expect(promptsBox().open).toBe(false);
    // Still there, one click (or key) away.
    await userEvent.click(screen.getByText('Prompts (2)'));
    expect(promptsBox().open).toBe(true);

    unmount();
    renderSidebar(tabId);
    expect(await screen.findByRole('heading', { level: 2, name: 'Your topics' })).toBeTruthy();
    expect(promptsBox().open).toBe(false);
  });

  it('shows the move to the side panel only when docked', async () => {
    services = startBackground();
    const tabId = await openCallTab();
    const { unmount } = renderSidebar(tabId, false);
    expect(await screen.findByRole('heading', { level: 2, name: 'Your topics' })).toBeTruthy();
    expect(moveButton()).toBeNull();
    unmount();
    renderSidebar(tabId, true);
    expect(await screen.findByRole('heading', { level: 2, name: 'Your topics' })).toBeTruthy();
    expect(moveButton()).toBeTruthy();
  });

  it('offers no move where this page cannot open the side panel (Firefox gives a framed page no sidebarAction)', async () => {
    services = startBackground();
    const tabId = await openCallTab();
    const sidePanel = fakeBrowser.sidePanel;
    Reflect.deleteProperty(fakeBrowser, 'sidePanel');
    try {
      renderSidebar(tabId, true);
      expect(await screen.findByRole('heading', { level: 2, name: 'Your topics' })).toBeTruthy();
      expect(moveButton()).toBeNull();
    } finally {
      Object.assign(fakeBrowser, { sidePanel });
    }
  });

  it('opens the side panel beside its call tab in the click, then asks the background to close the dock', async () => {
    const closeDock = vi.fn<Handlers['closeDock']>(() => undefined);
    services = startBackground({ closeDock });
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    const tabId = await openCallTab();
    renderSidebar(tabId, true);
    await userEvent.click(await screen.findByRole('button', { name: "Move to the browser's side panel" }));
    expect(open).toHaveBeenCalledWith({ tabId });
    await waitFor(() => expect(closeDock).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so and keeps the dock when the browser will not open its side panel', async () => {
    const closeDock = vi.fn<Handlers['closeDock']>(() => undefined);
    services = startBackground({ closeDock });
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockRejectedValue(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    const tabId = await openCallTab();
    renderSidebar(tabId, true);
    await userEvent.click(await screen.findByRole('button', { name: "Move to the browser's side panel" }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Couldn't open the browser's side panel, so Coachbar stays here");
    expect(closeDock).not.toHaveBeenCalled();
  });

  it('says so when the side panel opened but the dock could not close', async () => {
    services = startBackground({ closeDock: () => Promise.reject(new Error('No call script in this tab')) });
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    const tabId = await openCallTab();
    renderSidebar(tabId, true);
    await userEvent.click(await screen.findByRole('button', { name: "Move to the browser's side panel" }));
    expect((await screen.findByRole('alert')).textContent).toContain("couldn't close itself");
  });
});
