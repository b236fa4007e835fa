import { browser } from './api';

/**
 * The few places where Chrome and Firefox differ, kept in one facade instead of
 * `if (firefox)` checks across the code.
 */
type ToolbarAction = typeof browser.action;

interface BrowserSpecific {
  /** Firefox's MV2 build. */
  browserAction?: ToolbarAction;
  sidebarAction?: { open(): Promise<void> };
  /** Chrome only; webextension-polyfill passes unknown namespaces through. */
  sidePanel?: { open(options: { windowId: number } | { tabId: number }): Promise<void> };
}

const specific = browser as unknown as BrowserSpecific & Partial<Pick<typeof browser, 'action' | 'scripting'>>;

/** MV3 calls it `action`, Firefox's MV2 build `browserAction`. */
export function toolbarAction(): ToolbarAction {
  const action = specific.action ?? specific.browserAction;
  if (!action) throw new Error('This browser has no toolbar action API');
  return action;
}

/**
 * Opens the browser's own side panel: in a window (the toolbar button, the shortcut) or beside a
 * call tab (the docked sidebar's "move to the side panel"). Both browsers only allow it while
 * handling a user action, so call it synchronously from the click or command listener, before
 * any await.
 */
export function openNativePanel(where: { windowId: number } | { tabId: number } | undefined): Promise<void> {
  try {
    if (specific.sidebarAction) return specific.sidebarAction.open();
    if (specific.sidePanel && where) return specific.sidePanel.open(where);
  } catch (error) {
    // A refusal may come as a throw rather than a rejection: callers handle both as one.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return Promise.reject(new Error('This browser has no side panel for extensions'));
}

/**
 * Whether this page can open the browser's own side panel. Firefox gives an extension page framed
 * in a website (the dock) no `sidebarAction`, so there the dock cannot offer the move.
 */
export function canOpenNativePanel(): boolean {
  return specific.sidebarAction !== undefined || specific.sidePanel !== undefined;
}

/** Chrome's page for changing extensions' shortcuts: Chrome has no API that opens it. */
export const chromeShortcutsPage = 'chrome://extensions/shortcuts';

/**
 * Opens where the user changes the extension's shortcuts: Firefox's
 * commands.openShortcutSettings() (the add-ons manager's "Manage Extension Shortcuts"), else
 * Chrome's page, which an extension may open in a tab.
 */
export function openShortcutSettings(): Promise<unknown> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  return browser.tabs.create({ url: chromeShortcutsPage });
}

/**
 * Chrome does not inject content scripts into tabs that were open before the extension was
 * installed or updated; Firefox does. Injects the call script on demand where needed.
 */
export async function injectCallScript(tabId: number): Promise<void> {
  if (!specific.scripting) throw new Error('Cannot inject into this tab');
  await specific.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/call.js'] });
}

/**
 * Whether the browser keeps our data under storage pressure even without persist(): Chrome
 * exempts extensions holding `unlimitedStorage`; Firefox only when persist() was granted.
 */
export function exemptFromEviction(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';
}

/** Runs a self-contained function in a tab's page (both browsers' `scripting` API) and returns its result. */
export async function runInTab<Args extends unknown[], Result>(tabId: number, func: (...args: Args) => Result, args: Args): Promise<Result> {
  if (!specific.scripting) throw new Error('This browser cannot run scripts in tabs');
  const [result] = await specific.scripting.executeScript({ target: { tabId }, func, args });
  return result?.result as Result;
}
