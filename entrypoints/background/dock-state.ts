import { browser } from '@/utils/browser/api';
import { resolveLanguage, type Language } from '@/utils/i18n/languages';
import type { DockLabels, DockStart } from '@/utils/messaging/protocol';
// Only the dock's part of each catalog is bundled (JSON named exports): the worker stays small.
import { dock as deDock } from '@/locales/de.json';
import { dock as enDock } from '@/locales/en.json';
import { dock as nlDock } from '@/locales/nl.json';
import { siteHints } from '@/utils/sites/call-hints';
import type { CallSite } from '@/utils/sites/detect';

const dockLabels: Record<Language, DockLabels> = { en: enDock, nl: nlDock, de: deDock };

/**
 * Read here rather than in the call page: the first use of the storage and i18n APIs in a content
 * script sets them up on the call's main thread. The labels come from our own catalog, in the
 * browser's language: Chromium's i18n.getMessage in a worker just woken under load was seen to
 * answer '' for every message, which left the dock without names.
 */
export async function dockStart(tabId: number, site: CallSite): Promise<Omit<DockStart, 'dockToken' | 'pageTheme'>> {
  const stored = await browser.storage.local.get(['dockWidth', 'dockOpen']);
  const labels = dockLabels[resolveLanguage(browser.i18n.getUILanguage())];
  return { tabId, width: typeof stored.dockWidth === 'number' ? stored.dockWidth : null, open: stored.dockOpen === true, labels, hints: siteHints(site) };
}

export async function saveDockState({ width, open }: { width?: unknown; open?: unknown }): Promise<void> {
  if (width !== undefined && (typeof width !== 'number' || !Number.isFinite(width) || width <= 0)) throw new TypeError('The dock width must be a positive number');
  if (open !== undefined && typeof open !== 'boolean') throw new TypeError('The dock state must be open or closed');
  await browser.storage.local.set({ ...(width === undefined ? {} : { dockWidth: width }), ...(open === undefined ? {} : { dockOpen: open }) });
}
