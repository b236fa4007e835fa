import { browser } from '@/utils/browser/api';
import type { SessionRecord } from '@/utils/db/records';
import { resolveLanguage } from '@/utils/i18n/languages';
import type { MeetingRef } from '@/utils/sites/detect';
import { meetingOfPage } from '@/utils/sites/demo';
import type { CallContext, TabCommand } from '@/utils/messaging/protocol';
import type { Handlers, MessageSenderInfo } from '@/utils/messaging/server';
import { NotAllowedError, pasteIntoCallChat, pasteTarget } from './call-chat';
import { callPageCheckItem, checkCallPage, saveChatHint } from './call-page-check';
import { pageThemeOf } from '@/utils/sites/page-theme';
import { backupHandlers, type BackupHandlers } from './backup-handlers';
import { coachingHandlers, type CoachingHandlers } from './coaching-handlers';
import { settingsOfThisDevice, updateSettingsOfThisDevice } from './listening-consent';
import { listeningHandlers, type ListeningHandlers } from './listening-handlers';
import { dockStart, saveDockState } from './dock-state';
import { syncHandlers, type SyncHandlers } from './sync-handlers';
import { broadcastChanged, type Services } from './services';

/** A meeting title as the call script sends it: page text it cut to this length (call.content/index.ts). */
const maxCallTitleChars = 200;

function senderTabId(sender: MessageSenderInfo): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('This message must come from a tab');
  return tabId;
}

export function createHandlers(services: Services): Handlers {
  return { ...callHandlers(services), ...coachingHandlers(services), ...syncHandlers(services), ...backupHandlers(services), ...listeningHandlers(services) };
}

function callHandlers(services: Services): Omit<Handlers, keyof CoachingHandlers | keyof SyncHandlers | keyof BackupHandlers | keyof ListeningHandlers> {
  const { sessions, notes, settings, library, callTabs, noteSaver } = services;
  /** Docked sidebars waiting to be shown, by tab: answered by showDock. */
  const dockShownWaiters = new Map<number, (() => void)[]>();

  async function callContextOf(tabId: number): Promise<CallContext | null> {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    // The demo call page counts as a call too (utils/sites/demo.ts).
    const meeting = tab?.url ? meetingOfPage(tab.url, browser.runtime.getURL('/')) : null;
    if (!meeting) return null;
    const call = await callTabs.get(tabId);
    return { tabId, meeting, title: call?.title ?? '', pageTheme: call?.pageTheme ?? null };
  }

  /**
   * The side panel follows the active tab when it holds a call, else shows the call last joined
   * or last shown here (tab switches are not listened to: see index.ts).
   */
  async function currentCallContext(): Promise<CallContext | null> {
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    const activeContext = active?.id !== undefined ? await callContextOf(active.id) : null;
    if (activeContext) {
      await callTabs.markActive(activeContext.tabId);
      return activeContext;
    }
    const lastTabId = await callTabs.lastTabId();
    return lastTabId === null ? null : callContextOf(lastTabId);
  }

  async function openSession(meeting: MeetingRef, title: string, language: string, tabId: number | undefined): Promise<SessionRecord> {
    const session = await sessions.openForMeeting(meeting, title, language, (key) => services.coaching.personForMeeting(key));
    if (tabId !== undefined) await callTabs.attachSession(tabId, session.id);
    return session;
  }

  return {
    async registerCallTab({ title, pageTheme: told, pageBackground, site: toldSite }, sender) {
      const tabId = senderTabId(sender);
      // Stored per tab and in the session: anything else did not come from our call script.
      if (typeof title !== 'string' || title.length > maxCallTitleChars) throw new TypeError(`A call title is text of at most ${maxCallTitleChars} characters`);
      // Only picks the hint tables the script gets: a wrong one costs the script, nothing else.
      const site = toldSite === 'meet' || toldSite === 'zoom' ? toldSite : (sender.url ? meetingOfPage(sender.url, browser.runtime.getURL('/')) : null)?.site;
      if (!site) throw new Error('A call tab registers from its call');
      // A call page may open the sidebar any moment: have the database open before it asks.
      void services.db.open().catch(() => undefined);
      const pageTheme = told === 'dark' || told === 'light' ? told : typeof pageBackground === 'string' ? pageThemeOf(pageBackground) : null;
      const [start, dockToken] = await Promise.all([dockStart(tabId, site), callTabs.register(tabId, title, pageTheme ?? undefined)]);
      // A page loaded anew (a reload) has lost its captions script.
      void services.listening.pageRegistered(tabId).catch((error: unknown) => console.warn('Coachbar: cannot read captions', error));
      broadcastChanged(['callContext']);
      return { ...start, dockToken, pageTheme };
    },
    saveDockState(state) {
      return saveDockState(state);
    },
    async leaveCall(_data, sender) {
      const sessionId = await callTabs.remove(senderTabId(sender));
      if (sessionId) await sessions.pause(sessionId);
      broadcastChanged(['callContext']);
    },
    async showDock(_data, sender) {
      const tabId = senderTabId(sender);
      await callTabs.markDockShown(tabId);
      for (const answer of dockShownWaiters.get(tabId) ?? []) answer();
      dockShownWaiters.delete(tabId);
    },
    async waitForDockShown(_data, sender) {
      const tabId = senderTabId(sender);
      if (await callTabs.isDockShown(tabId)) return;
      await new Promise<void>((resolve) => dockShownWaiters.set(tabId, [...(dockShownWaiters.get(tabId) ?? []), resolve]));
    },
    async getCallPageCheck() {
      const lastTabId = await callTabs.lastTabId();
      const context = lastTabId === null ? null : await callContextOf(lastTabId);
      const fresh = context ? await checkCallPage(context.tabId, context.pageTheme).catch(() => null) : null;
      return fresh ?? callPageCheckItem.getValue();
    },
    async closeDock(_data, sender) {
      // A page framed in a tab gets past the message check only as that tab's own dock (its token);
      // the side panel, a popped-out sidebar and the dashboard are no tab's frame.
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined || sender.frameId === 0) throw new NotAllowedError('Only a docked sidebar may close its dock');
      await saveDockState({ open: false });
      const command: TabCommand = { coachbar: 'closeDock' };
      await browser.tabs.sendMessage(tabId, command);
    },
    async popOut(_data, sender) {
      const url = browser.runtime.getURL(`/sidepanel.html?tab=${senderTabId(sender)}`);
      await browser.tabs.create({ url, index: sender.tab?.index === undefined ? undefined : sender.tab.index + 1 });
    },
    async openSidebar({ tabId, uiLanguage }) {
      const [current, context] = await Promise.all([settingsOfThisDevice(settings), tabId === undefined ? currentCallContext() : callContextOf(tabId)]);
      if (!context) return { settings: current, context, session: null, notes: [] };
      // The call page check, while the call is surely on: it runs in the call page, not here.
      void checkCallPage(context.tabId, context.pageTheme).catch(() => undefined);
      // The language the page's LanguageProvider picks from the same two.
      const session = await openSession(context.meeting, context.title, resolveLanguage(current.language, uiLanguage), context.tabId);
      // Listening balance counts from the captions once a sidebar has opened the call's session.
      void services.listening.startIn(context.tabId).catch((error: unknown) => console.warn('Coachbar: cannot read captions', error));
      return { settings: current, context, session, notes: await notes.forSession(session.id) };
    },
    getCallContext({ tabId }) {
      return tabId === undefined ? currentCallContext() : callContextOf(tabId);
    },
    openSession({ meeting, title, language, tabId }) {
      return openSession(meeting, title, language, tabId);
    },
    async getSession({ id }) {
      return (await sessions.get(id)) ?? null;
    },
    listSessions() {
      return sessions.list();
    },
    async moveSection({ sessionId, target }) {
      const { autoAdvance } = await settings.get();
      const session = await sessions.moveToSection(sessionId, target, autoAdvance);
      return session;
    },
    getNotes({ sessionId }) {
      return notes.forSession(sessionId);
    },
    async saveNote(edit) {
      return { saved: await noteSaver.save(edit) };
    },
    async setAskedQuestions({ sessionId, sectionId, questionIds }) {
      const note = await notes.setAskedQuestions(sessionId, sectionId, questionIds);
      return note;
    },
    async setSessionTemplate({ sessionId, templateId }) {
      const session = await sessions.setTemplate(sessionId, templateId);
      return session;
    },
    getAskedBefore({ sessionId }) {
      return sessions.askedBefore(sessionId);
    },
    listTemplates() {
      return library.templates.list();
    },
    async saveTemplate(template) {
      const { id, ...fields } = template;
      const saved = await library.templates.save(id, fields);
      return saved;
    },
    listQuestions() {
      return library.questions.list();
    },
    async saveQuestion(question) {
      const { id, ...fields } = question;
      const saved = await library.questions.save(id, fields);
      return saved;
    },
    async moveLibraryItem({ table, id, by }) {
      await library[table].move(id, by);
    },
    async deleteLibraryItem({ table, id }) {
      await library[table].remove(id);
    },
    async pasteToCallChat({ tabId, text }, sender) {
      // Built on the extension's root: Chrome's getURL names a page with use_dynamic_url by its
      // per-session dynamic address, while senders report the fixed one.
      const target = pasteTarget(sender, `${browser.runtime.getURL('/')}sidepanel.html`);
      const ownTabId = target === 'shown' ? (await currentCallContext())?.tabId : target;
      // Only the sender's own call, and only while that tab still holds a call.
      const context = ownTabId === tabId ? await callContextOf(tabId) : null;
      if (!context) throw new NotAllowedError('A sidebar may paste only into its own call');
      const chatBox = await pasteIntoCallChat(tabId, text);
      await saveChatHint(context.meeting.site, chatBox);
      return { pasted: chatBox !== null };
    },
    getSettings() {
      return settingsOfThisDevice(settings);
    },
    async updateSettings(patch) {
      const next = await updateSettingsOfThisDevice(settings, patch);
      // The opt-in is written outside the record, so the writer tells no open page of it.
      if (patch.listeningBalance !== undefined) broadcastChanged(['settings']);
      if (patch.listeningBalance === true) void services.listening.startInOpenCalls();
      return next;
    },
    async openDashboard() {
      await browser.runtime.openOptionsPage();
    },
  };
}
