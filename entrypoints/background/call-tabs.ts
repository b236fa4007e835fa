import { browser } from '@/utils/browser/api';

export interface CallTab {
  title: string;
  sessionId: string | null;
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

  async lastTabId(): Promise<number | null> {
    return (await this.load()).lastTabId;
  }

  register(tabId: number, title: string): Promise<void> {
    return this.update((state) => {
      state.tabs[tabId] = { title, sessionId: state.tabs[tabId]?.sessionId ?? null };
      state.lastTabId = tabId;
    });
  }

  attachSession(tabId: number, sessionId: string): Promise<void> {
    return this.update((state) => {
      const tab = state.tabs[tabId];
      if (tab) tab.sessionId = sessionId;
    });
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
