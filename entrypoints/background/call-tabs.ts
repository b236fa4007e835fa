import { browser } from '@/utils/browser/api';
import type { PageTheme } from '@/utils/messaging/protocol';

export interface CallTab {
  title: string;
  /** Absent in what an older version stored, and when the call script could not tell. */
  pageTheme?: PageTheme;
  sessionId: string | null;
  /**
   * The dock the call script made in this tab: the token it was given for its frame, and the
   * frame that first used it (null until then). Absent in what an older version stored.
   */
  dock?: { token: string; frameId: number | null; shown?: boolean };
}

const storageKey = 'callTabs';

interface StoredCallTabs {
  tabs: Record<string, CallTab>;
  lastTabId: number | null;
}

/**
 * Which tabs hold a call and which session each shows. Kept in `storage.session` as well as in
 * memory, because an MV3 service worker may be stopped between two messages.
 */
export class CallTabRegistry {
  private state: Promise<StoredCallTabs> | null = null;

  private load(): Promise<StoredCallTabs> {
    this.state ??= browser.storage.session
      .get(storageKey)
      .then((stored) => (stored[storageKey] as StoredCallTabs | undefined) ?? { tabs: {}, lastTabId: null });
    return this.state;
  }

  private async update(change: (state: StoredCallTabs) => void): Promise<void> {
    const state = await this.load();
    change(state);
    await browser.storage.session.set({ [storageKey]: state });
  }

  async get(tabId: number): Promise<CallTab | undefined> {
    return (await this.load()).tabs[tabId];
  }

  /** Tabs whose call has its session open in a sidebar. */
  async withSession(): Promise<number[]> {
    const { tabs } = await this.load();
    return Object.entries(tabs).flatMap(([tabId, tab]) => (tab.sessionId === null ? [] : [Number(tabId)]));
  }

  async lastTabId(): Promise<number | null> {
    return (await this.load()).lastTabId;
  }

  /**
   * Records the call in the tab and returns a new token for the dock the call script is about to
   * make there; a dock made earlier in the tab is served no longer.
   */
  async register(tabId: number, title: string, pageTheme?: PageTheme): Promise<string> {
    const token = crypto.randomUUID();
    await this.update((state) => {
      state.tabs[tabId] = { title, ...(pageTheme && { pageTheme }), sessionId: state.tabs[tabId]?.sessionId ?? null, dock: { token, frameId: null } };
      state.lastTabId = tabId;
    });
    return token;
  }

  /**
   * Whether a frame of the tab holding `token` is the tab's dock. The first frame to show the
   * token becomes the dock; another frame with the same token (a copy of its address) never does.
   * Checked and bound at once, with no wait in between, so two frames cannot both be first.
   */
  async admitDockFrame(tabId: number, frameId: number, token: string): Promise<boolean> {
    const state = await this.load();
    const dock = state.tabs[tabId]?.dock;
    if (!dock || dock.token !== token) return false;
    if (dock.frameId !== null) return dock.frameId === frameId;
    dock.frameId = frameId;
    await browser.storage.session.set({ [storageKey]: state });
    return true;
  }

  attachSession(tabId: number, sessionId: string): Promise<void> {
    return this.update((state) => {
      const tab = state.tabs[tabId];
      if (tab) tab.sessionId = sessionId;
    });
  }

  /** The user opened the tab's dock; kept, since a preloaded sidebar may ask after a stopped worker woke. */
  markDockShown(tabId: number): Promise<void> {
    return this.update((state) => {
      const dock = state.tabs[tabId]?.dock;
      if (dock) dock.shown = true;
    });
  }

  async isDockShown(tabId: number): Promise<boolean> {
    return (await this.load()).tabs[tabId]?.dock?.shown === true;
  }

  /** Called on every read of the side panel's call: writes only when it moved to another call. */
  async markActive(tabId: number): Promise<void> {
    const state = await this.load();
    if (!state.tabs[tabId] || state.lastTabId === tabId) return;
    await this.update((current) => {
      if (current.tabs[tabId]) current.lastTabId = tabId;
    });
  }

  /** Forgets the tab and returns the session it showed, so the caller can pause its clock. */
  async remove(tabId: number): Promise<string | null> {
    let sessionId: string | null = null;
    await this.update((state) => {
      sessionId = state.tabs[tabId]?.sessionId ?? null;
      delete state.tabs[tabId];
      if (state.lastTabId === tabId) state.lastTabId = null;
    });
    return sessionId;
  }
}
