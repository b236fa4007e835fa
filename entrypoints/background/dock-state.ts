import { browser } from '@/utils/browser/api';
import type { DockLabels, DockStart } from '@/utils/messaging/protocol';
import { siteHints } from '@/utils/sites/call-hints';
import type { CallSite } from '@/utils/sites/detect';

const labelKeys: readonly (keyof DockLabels)[] = ['open', 'close', 'popOut', 'resize', 'region', 'frameTitle', 'covered', 'reveal'];

/**
 * Read here rather than in the call page: the first use of the storage and i18n APIs in a content
 * script sets them up on the call's main thread, and i18n may fetch its messages with a blocking IPC.
 */
export async function dockStart(tabId: number, site: CallSite): Promise<Omit<DockStart, 'dockToken' | 'pageTheme'>> {
  const stored = await browser.storage.local.get(['dockWidth', 'dockOpen']);
  // "dock.open" in locales/*.json is stored as "dock_open".
  const labels = Object.fromEntries(labelKeys.map((key) => [key, browser.i18n.getMessage(`dock_${key}`)])) as unknown as DockLabels;
  return { tabId, width: typeof stored.dockWidth === 'number' ? stored.dockWidth : null, open: stored.dockOpen === true, labels, hints: siteHints(site) };
}

export async function saveDockState({ width, open }: { width?: unknown; open?: unknown }): Promise<void> {
  if (width !== undefined && (typeof width !== 'number' || !Number.isFinite(width) || width <= 0)) throw new TypeError('The dock width must be a positive number');
  if (open !== undefined && typeof open !== 'boolean') throw new TypeError('The dock state must be open or closed');
  await browser.storage.local.set({ ...(width === undefined ? {} : { dockWidth: width }), ...(open === undefined ? {} : { dockOpen: open }) });
}
