// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import { listeningOnItem } from '@/entrypoints/background/listening-consent';
import type { Services } from '@/entrypoints/background/services';
import type { SettingsRecord } from '@/utils/db/records';
import { defaultSettings } from '@/utils/db/settings';
import type { Language } from '@/utils/i18n/catalog';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await services?.db.delete();
  services = undefined;
});

function renderSettings(language: Language = 'en') {
  services = startBackground();
  // The language picker names the browser's language.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  return render(
    <DataProvider>
      <I18nProvider language={language}>
        <Dashboard initialTab="settings" />
      </I18nProvider>
    </DataProvider>,
  );
}

describe('the Listening balance setting', () => {
  it('is off until turned on, says in one sentence what it reads and keeps, and saves its threshold', async () => {
    renderSettings();
    const setting = (await screen.findByRole('checkbox', { name: /^Listening balance/ })) as HTMLInputElement;
    expect(setting.checked).toBe(false);
    expect(setting.getAttribute('aria-describedby')).toBeTruthy();
    const hint = document.getElementById(setting.getAttribute('aria-describedby')!)!.textContent!;
    expect(hint).toMatch(/live captions in this tab/);
    expect(hint).toMatch(/No audio is used and no transcript is stored/);
    expect(hint).toMatch(/on in this browser only: sync never turns it on/);

    await userEvent.click(setting);
    await waitFor(async () => expect(await listeningOnItem.getValue()).toBe(true));
    expect(setting.checked).toBe(true);

    const threshold = screen.getByRole('combobox', { name: /Suggest listening questions when your share/ }) as HTMLSelectElement;
    expect(threshold.value).toBe('60');
    expect([...threshold.options].map((option) => option.textContent)).toEqual(['50%', '55%', '60%', '65%', '70%', '75%', '80%', '85%', '90%']);
    await userEvent.selectOptions(threshold, '70%');
    await waitFor(async () => expect((await services!.settings.get()).listeningThreshold).toBe(70));
  });

  it('stays off when the synced settings record says on, and turning it on here leaves the record as it was', async () => {
    renderSettings();
    // What a backup or another device wrote before the opt-in was this device's own.
    await services!.db.settings.put({ id: 'app', createdAt: 1, updatedAt: '0000000000001:00000:dev-b', deletedAt: null, ...defaultSettings, listeningBalance: true } as SettingsRecord);
    // Written through the writer, so the open page hears of it and reads the settings again.
    await services!.settings.update({ listeningThreshold: 75 });
    const setting = (await screen.findByRole('checkbox', { name: /^Listening balance/ })) as HTMLInputElement;
    await waitFor(() => expect((screen.getByRole('combobox', { name: /Suggest listening questions/ }) as HTMLSelectElement).value).toBe('75'));
    expect(setting.checked).toBe(false);
    const before = await services!.db.settings.get('app');
    await userEvent.click(setting);
    await waitFor(() => expect(setting.checked).toBe(true));
    expect(await listeningOnItem.getValue()).toBe(true);
    expect(await services!.db.settings.get('app')).toEqual(before);
    await userEvent.click(setting);
    await waitFor(async () => expect(await listeningOnItem.getValue()).toBe(false));
    expect(setting.checked).toBe(false);
  });

  it.each<{ language: Language; name: RegExp; hint: RegExp; option: string }>([
    { language: 'nl', name: /^Luisterbalans/, hint: /live ondertiteling van het gesprek in dit tabblad/, option: '60%' },
    { language: 'de', name: /^Redeanteil/, hint: /Live-Untertitel des Gesprächs in diesem Tab/, option: '60 %' },
  ])('speaks $language', async ({ language, name, hint, option }) => {
    renderSettings(language);
    const setting = await screen.findByRole('checkbox', { name });
    expect(document.getElementById(setting.getAttribute('aria-describedby')!)!.textContent).toMatch(hint);
    expect(screen.getAllByRole('option', { name: option })).toHaveLength(1);
  });
});
