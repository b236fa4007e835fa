import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { listeningOnItem } from '@/entrypoints/background/listening-consent';
import { createServices, type Services } from '@/entrypoints/background/services';
import { checkIncomingRecord } from '@/utils/backup/schema';
import { createBackup, serializeBackup } from '@/utils/backup/format';
import { schemaVersion } from '@/utils/db/database';
import type { SettingsRecord } from '@/utils/db/records';
import { emptyTables, stamp } from '../../backup/fixtures';
import { callPage, sidebar } from './senders';

let services: Services | undefined;
let scripted: string[][];

beforeEach(() => {
  scripted = [];
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  // The call page check runs a function in the call page too: only files are the captions script.
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async ({ files }: { files?: string[] }) => {
    if (files) scripted.push(files);
    return [{ frameId: 0, result: undefined }];
  }) as never);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await services?.db.delete();
  services = undefined;
});

const meetUrl = 'https://meet.google.com/abc-defg-hij';

/** The settings record as another device (or a version before the opt-in was this device's own) wrote it: Listening balance on. */
const syncedOn = { id: 'app', createdAt: 1, updatedAt: stamp(Date.now() + 60_000, 'dev-b'), deletedAt: null, autoAdvance: true, language: null, chatPaste: false, pinnedSuggestions: [], theme: 'auto', listeningBalance: true, listeningThreshold: 70 };

/** A call whose sidebar opened its session, after `arrive` brought the settings record in. */
async function callAfter(arrive: (services: Services) => Promise<void>) {
  services = createServices();
  const handlers = createHandlers(services);
  await arrive(services);
  const tabId = (await fakeBrowser.tabs.create({ url: meetUrl })).id!;
  await handlers.registerCallTab({ title: '1:1 Sam' }, callPage(tabId));
  await handlers.openSidebar({ tabId, uiLanguage: 'en-US' }, sidebar);
  await services.listening.startInOpenCalls();
  return { handlers, tabId };
}

describe('Listening balance is turned on in this browser only', () => {
  it.each<{ name: string; arrive: (services: Services) => Promise<void> }>([
    {
      name: 'a restored backup',
      arrive: async (services) => {
        const tables = { ...emptyTables(), settings: [syncedOn as unknown as SettingsRecord] };
        await services.backup.apply(serializeBackup(createBackup(tables, Date.now(), schemaVersion)));
      },
    },
    {
      name: 'a sync peer, checked as sync checks it',
      arrive: async (services) => {
        const checked = checkIncomingRecord('settings', syncedOn);
        if (!checked.ok) throw new Error('The peer’s settings record was refused');
        await services.db.settings.put(checked.record as unknown as SettingsRecord);
      },
    },
    {
      name: 'this browser’s own record from a version that synced the opt-in',
      arrive: async (services) => {
        await services.db.settings.put(syncedOn as unknown as SettingsRecord);
      },
    },
  ])('a settings record with it on from $name reads no captions here', async ({ arrive }) => {
    const { handlers, tabId } = await callAfter(arrive);
    // The record did arrive: its synced threshold is taken.
    expect(await handlers.getSettings({}, sidebar)).toMatchObject({ listeningThreshold: 70, listeningBalance: false });
    expect(scripted).toEqual([]);
    expect(await handlers.reportSpeech({ signal: 'captions', words: [{ speaker: 'Sam', words: 5, local: false }] }, callPage(tabId))).toEqual({ listen: false });
  });

  it('turned on here, it is kept on this device and out of the synced record', async () => {
    const { handlers, tabId } = await callAfter(async () => undefined);
    expect(await handlers.updateSettings({ listeningBalance: true }, sidebar)).toMatchObject({ listeningBalance: true });
    await vi.waitFor(() => expect(scripted).toEqual([['/content-scripts/captions.js']]));
    expect(await listeningOnItem.getValue()).toBe(true);
    expect(await handlers.reportSpeech({ signal: 'captions', words: [] }, callPage(tabId))).toEqual({ listen: true });
    // Another field's change leaves it as it is, and the synced record does not carry it.
    expect(await handlers.updateSettings({ autoAdvance: true }, sidebar)).toMatchObject({ autoAdvance: true, listeningBalance: true });
    expect(await services!.db.settings.get('app')).not.toHaveProperty('listeningBalance');
    expect(await handlers.updateSettings({ listeningBalance: false }, sidebar)).toMatchObject({ listeningBalance: false });
    expect(await handlers.reportSpeech({ signal: 'captions', words: [] }, callPage(tabId))).toEqual({ listen: false });
  });

  it('tells open pages when it is turned on or off, as a settings change', async () => {
    const { handlers } = await callAfter(async () => undefined);
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await handlers.updateSettings({ listeningBalance: true }, sidebar);
    expect(sent).toHaveBeenCalledWith({ coachbar: 'changed', topics: ['settings'] });
  });

  it('counts anything in storage but true as off', async () => {
    await fakeBrowser.storage.local.set({ listeningBalanceOn: 'yes' });
    const { handlers } = await callAfter(async () => undefined);
    expect(await handlers.getSettings({}, sidebar)).toMatchObject({ listeningBalance: false });
    expect(scripted).toEqual([]);
  });
});
