import { storage } from 'wxt/utils/storage';
import type { Settings, SettingsRepository, SyncedSettings } from '@/utils/db/settings';

/**
 * Listening balance's opt-in, kept on this device only: reading a call's captions needs consent
 * given in this browser. In the synced settings, another device, a sync peer or the server holding
 * a plain vault could turn it on here. The settings record's old `listeningBalance` field is
 * dropped when read and never consulted (docs/security.md).
 */
export const listeningOnItem = storage.defineItem<boolean>('local:listeningBalanceOn', { fallback: false });

/** On only for `true`: `storage.local` is writable by any script of the extension, so anything else counts as off. */
export async function isListeningOn(): Promise<boolean> {
  return (await listeningOnItem.getValue()) === true;
}

/** The settings as pages see them: the synced record's and this device's opt-in. */
export async function settingsOfThisDevice(settings: SettingsRepository): Promise<Settings> {
  const [synced, listeningBalance] = await Promise.all([settings.get(), isListeningOn()]);
  return { ...synced, listeningBalance };
}

/** Writes the opt-in on this device and the rest into the synced record. */
export async function updateSettingsOfThisDevice(settings: SettingsRepository, { listeningBalance, ...synced }: Partial<Settings>): Promise<Settings> {
  if (listeningBalance !== undefined) await listeningOnItem.setValue(listeningBalance === true);
  const next: SyncedSettings = Object.keys(synced).length > 0 ? await settings.update(synced) : await settings.get();
  return { ...next, listeningBalance: await isListeningOn() };
}
