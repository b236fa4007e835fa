// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import type { Language } from '@/utils/i18n/catalog';
import { Welcome, type BrowserName } from '@/entrypoints/welcome/Welcome';

type Command = { name?: string; description?: string; shortcut?: string };

function mockCommands(commands: Command[]) {
  // WXT's fake browser types getAll as returning nothing; the real one answers the commands.
  return vi.spyOn(fakeBrowser.commands as unknown as { getAll(): Promise<Command[]> }, 'getAll').mockResolvedValue(commands);
}

function renderWelcome(browserName: BrowserName = 'chrome', language: Language = 'en') {
  return render(
    <I18nProvider language={language}>
      <Welcome browserName={browserName} />
    </I18nProvider>,
  );
}

const shortcutList = () => screen.getByRole('region', { name: 'Keyboard shortcuts' });

afterEach(() => {
  cleanup();
  delete (fakeBrowser.commands as { openShortcutSettings?: unknown }).openShortcutSettings;
});

describe('welcome page', () => {
  it('shows each shortcut as the browser has it, and one the user unset as not set', async () => {
    mockCommands([
      { name: 'toggle-sidebar', description: 'Show or hide the Coachbar sidebar', shortcut: 'Ctrl+Shift+Y' },
      { name: 'toggle-cover', description: 'Hide or show Coachbar’s content', shortcut: '' },
    ]);
    renderWelcome();
    const sidebarRow = (await within(shortcutList()).findByText('Show or hide the Coachbar sidebar')).parentElement!;
    expect([...sidebarRow.querySelectorAll('kbd')].map((key) => key.textContent)).toEqual(['Ctrl', 'Shift', 'Y']);
    const coverRow = within(shortcutList()).getByText('Hide or show Coachbar’s content').parentElement!;
    expect(coverRow.querySelector('kbd')).toBeNull();
    expect(coverRow.textContent).toContain('Not set');
  });

  it("names the browser's own commands in its own words", async () => {
    mockCommands([{ name: '_execute_action', description: '', shortcut: 'Alt+Shift+C' }]);
    renderWelcome();
    expect(await within(shortcutList()).findByText('Same as clicking the Coachbar button')).toBeTruthy();
  });

  it('reads the shortcuts again when the page is shown again, so a changed one shows as it is', async () => {
    const getAll = mockCommands([{ name: 'toggle-sidebar', description: 'Toggle', shortcut: 'Alt+Shift+K' }]);
    renderWelcome();
    await within(shortcutList()).findByText('K');
    getAll.mockResolvedValue([{ name: 'toggle-sidebar', description: 'Toggle', shortcut: 'Alt+Shift+J' }]);
    document.dispatchEvent(new Event('visibilitychange'));
    await within(shortcutList()).findByText('J');
    expect(within(shortcutList()).queryByText('K')).toBeNull();
  });

  it('links to the demo call in a new tab and to the dashboard', async () => {
    mockCommands([]);
    renderWelcome();
    const demo = screen.getByRole('link', { name: 'Open the demo call' });
    expect(demo.getAttribute('href')).toBe('demo.html');
    expect(demo.getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('link', { name: 'Open the dashboard' }).getAttribute('href')).toBe('dashboard.html');
    expect(await screen.findByText('This browser lists no shortcuts for Coachbar.')).toBeTruthy();
  });

  it("in Chrome, says how to pin with the puzzle piece and opens Chrome's shortcuts page", async () => {
    mockCommands([]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderWelcome('chrome');
    expect(screen.getByText(/to the right of the address bar, then the pin/)).toBeTruthy();
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it("in Firefox, says how to pin from the Extensions button and opens Firefox's shortcut settings", async () => {
    mockCommands([]);
    const openShortcutSettings = vi.fn(() => Promise.resolve());
    Object.assign(fakeBrowser.commands, { openShortcutSettings });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderWelcome('firefox');
    expect(screen.getByText(/Pin to Toolbar/)).toBeTruthy();
    expect(screen.getByText(/Manage Extension Shortcuts/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    expect(openShortcutSettings).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });

  it('speaks Dutch and German', async () => {
    mockCommands([]);
    renderWelcome('chrome', 'nl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welkom bij Coachbar');
    expect(await screen.findByText('Deze browser noemt geen sneltoetsen voor Coachbar.')).toBeTruthy();
    cleanup();
    renderWelcome('chrome', 'de');
    expect(screen.getByRole('link', { name: 'Demo-Gespräch öffnen' })).toBeTruthy();
    expect(await screen.findByText('Dieser Browser nennt keine Tastenkürzel für Coachbar.')).toBeTruthy();
  });
});
