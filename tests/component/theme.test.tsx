// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueryClient, DataProvider } from '@/components/data/provider';
import { queryKeys } from '@/components/data/query-keys';
import { I18nProvider } from '@/components/i18n';
import { ThemeProvider } from '@/components/theme';
import type { Services } from '@/entrypoints/background/services';
import { SettingsTab } from '@/entrypoints/dashboard/SettingsTab';
import { defaultSettings } from '@/utils/db/settings';
import type { CallContext } from '@/utils/messaging/protocol';
import { startBackground } from './support/background';
import { fakeSystem } from './support/system-theme';

let services: Services | undefined;

beforeEach(() => {
  delete document.documentElement.dataset.theme;
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await services?.db.delete();
  services = undefined;
});

const theme = () => document.documentElement.dataset.theme;

/** A page of ours that is not docked on a call, reading its settings from the background. */
function renderPage(): void {
  render(
    <DataProvider>
      <ThemeProvider>
        <p>page</p>
      </ThemeProvider>
    </DataProvider>,
  );
}

describe('ThemeProvider', () => {
  it('follows the system on automatic, live as it changes', async () => {
    const system = fakeSystem('light');
    services = startBackground();
    renderPage();
    await waitFor(() => expect(theme()).toBe('light'));
    system.prefer('dark');
    await waitFor(() => expect(theme()).toBe('dark'));
    system.prefer('light');
    await waitFor(() => expect(theme()).toBe('light'));
  });

  it('keeps the chosen theme whatever the system prefers', async () => {
    const system = fakeSystem('dark');
    services = startBackground();
    await services.settings.update({ theme: 'light' });
    renderPage();
    await waitFor(() => expect(theme()).toBe('light'));
    system.prefer('light');
    system.prefer('dark');
    expect(theme()).toBe('light');
  });

  it('applies nothing until the settings are read, leaving the canvas to the system', () => {
    fakeSystem('dark');
    services = startBackground({ getSettings: () => new Promise(() => undefined) });
    renderPage();
    expect(theme()).toBeUndefined();
  });

  const context = (pageTheme: CallContext['pageTheme']): CallContext => ({ tabId: 7, meeting: { site: 'meet', code: 'abc-defg-hij' }, title: '1:1', pageTheme });

  it.each([
    { where: 'docked on a dark call page', callTabId: 7, pageTheme: 'dark', expected: 'dark' },
    { where: 'docked on a light call page', callTabId: 7, pageTheme: 'light', expected: 'light' },
    { where: 'docked on a page whose theme is unknown', callTabId: 7, pageTheme: null, expected: 'light' },
    { where: 'in the side panel, beside a dark call', callTabId: undefined, pageTheme: 'dark', expected: 'light' },
  ] as const)('on automatic with the system light: $expected $where', ({ callTabId, pageTheme, expected }) => {
    fakeSystem('light');
    const client = createQueryClient();
    // Seeded as the sidebar's start does from its first read, before the first render.
    client.setQueryData(queryKeys.settings(), defaultSettings);
    client.setQueryData(queryKeys.callContext(callTabId), context(pageTheme));
    render(
      <DataProvider client={client}>
        <ThemeProvider callTabId={callTabId}>
          <p>sidebar</p>
        </ThemeProvider>
      </DataProvider>,
    );
    // Seeded data applies in the first commit: the first paint has the theme.
    expect(theme()).toBe(expected);
  });
});

describe('the theme setting', () => {
  it('saves the choice and applies it at once', async () => {
    fakeSystem('light');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    services = startBackground();
    render(
      <DataProvider>
        <ThemeProvider>
          <I18nProvider language="en">
            <SettingsTab />
          </I18nProvider>
        </ThemeProvider>
      </DataProvider>,
    );
    const select = await screen.findByRole('combobox', { name: 'Theme' });
    expect((select as HTMLSelectElement).value).toBe('auto');
    await userEvent.selectOptions(select, 'Dark');
    await waitFor(() => expect(theme()).toBe('dark'));
    await waitFor(async () => expect((await services!.settings.get()).theme).toBe('dark'));
    await userEvent.selectOptions(select, 'Automatic');
    await waitFor(async () => expect((await services!.settings.get()).theme).toBe('auto'));
    expect(theme()).toBe('light');
  });
});
