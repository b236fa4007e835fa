import type { SiteHints } from '../sites/call-hints';
import type { CallSite, MeetingRef } from '../sites/detect';
import type { SyncSettings, SyncView } from '../sync/status';
import type { Theme } from '../theme/choose';
import type {
  ActionItemRecord,
  ConflictRecord,
  KeyResultRecord,
  NoteRecord,
  ObjectiveRecord,
  PersonRecord,
  QuestionRecord,
  RatingRecord,
  RecordTable,
  RiskRecord,
  SessionRecord,
  StatementRecord,
  StatementSetRecord,
  TemplateRecord,
} from '../db/records';
import type { ObjectiveView, RatingSubject, Recap } from '../db/coaching';
import type { RestorePreview } from '../db/backup';
import type { SessionSummary as ExportSummary } from '../export/summary';
import type { FileAnswer, FileUpload, UploadAnswer } from './files';
import type { PersonInsights, TeamInsights } from '../ratings/insights';
import type { NoteHit } from '../search/hits';
import type { QuestionInput, TemplateInput } from '../db/library';
import type { SessionSummary } from '../db/sessions';
import type { Settings } from '../db/settings';
import type { ListeningBalance, ListeningPoint, ListeningSignal, SpeakerWords } from '../listening/types';

export interface CallContext {
  tabId: number;
  meeting: MeetingRef;
  /** The page's meeting title as a hint; page text, shown as text only. */
  title: string;
  /** Whether the call page looks dark, as its call script read it; null when it has not said. */
  pageTheme: PageTheme | null;
}

/** How the call page looks (its own background), so the docked sidebar can match it: one of our themes. */
export type PageTheme = Theme;

/** What the sidebar starts from: `session` is null outside a call, and then `notes` is empty. */
export interface SidebarStart {
  settings: Settings;
  context: CallContext | null;
  session: SessionRecord | null;
  notes: NoteRecord[];
}

type NoData = Record<string, never>;

/** The in-page dock's labels, by key of `dock.*` in locales/. */
export interface DockLabels {
  open: string;
  close: string;
  popOut: string;
  resize: string;
  region: string;
  frameTitle: string;
  /** The cover's text while the user presents, and its button. */
  covered: string;
  reveal: string;
}

/**
 * The last call's page check, for the dashboard: which of the call script's hints (utils/sites/
 * call-hints.ts) found what on the call page. Hint names only, never page text: what a user
 * copies into a report of a break.
 */
export interface CallPageCheck {
  site: CallSite;
  /** The control-bar hint that matched, or 'fallback' (the site's typical bar height). */
  controlBar: string;
  /** The presenting hint that matched when checked; null when none did (the user was not presenting). */
  presenting: string | null;
  pageTheme: PageTheme | null;
  /** The chat-box hint the last paste found; null when it found none, absent before any paste. */
  chatBox?: string | null;
  checkedAt: number;
}

/**
 * The query parameter that carries the dock's token in the docked sidebar's address, sent back
 * with each of its requests: the background serves a sidebar framed in a tab only when it holds
 * the token the call script of that tab was given, and only from the first frame that used it.
 */
export const dockTokenParam = 'dock';

/** What the in-page dock starts from, so the content script needs no storage or i18n API of its own. */
export interface DockStart {
  tabId: number;
  /** A secret for this dock's frame only (see dockTokenParam); the call page never sees it. */
  dockToken: string;
  /** The width the user last dragged the dock to; null until then. */
  width: number | null;
  open: boolean;
  labels: DockLabels;
  /** The call site's DOM hints, kept in the background to keep the call script small. */
  hints: SiteHints;
  /** Whether the call page is dark, as registerCallTab told or showed it; null when unknown. */
  pageTheme: PageTheme | null;
}

/** Every message the background answers. One method, one argument, one result. */
export interface ProtocolMap {
  // From the in-page content script.
  /**
   * pageBackground: the page body's computed background colour, which pageTheme is read from when
   * not given. site: the call's site as the script read it from its address (after an in-page
   * navigation the sender's address may still be the page it loaded as); else the sender's.
   */
  registerCallTab(data: { title: string; pageTheme?: PageTheme; pageBackground?: string; site?: MeetingRef['site'] }): DockStart;
  /** Remembers the dock across calls and reloads. */
  saveDockState(data: { width?: number; open?: boolean }): void;
  leaveCall(data: NoData): void;
  popOut(data: NoData): void;
  /** The user opened the dock: its preloaded sidebar page may open the call's session now. */
  showDock(data: NoData): void;
  /**
   * From the captions script (entrypoints/captions.content), injected while Listening balance is on:
   * words per speaker since its last report. `listen: false` tells it to stop (the setting went off,
   * or the tab holds no call with an open sidebar).
   */
  reportSpeech(data: { signal: ListeningSignal; words: SpeakerWords[] }): { listen: boolean };

  // From the docked sidebar only.
  /**
   * Answers once the user has opened the dock (at once if they have): a preloaded sidebar page
   * asks it before it opens the call's session. Asked of the background, which serves only the
   * tab's own dock, rather than posted into the frame, where the call page's scripts could post too.
   */
  waitForDockShown(data: NoData): void;
  /**
   * The session moved to the browser's side panel: closes the asking dock (TabCommand closeDock to
   * its tab) and keeps it closed. Only a tab's own docked sidebar may ask.
   */
  closeDock(data: NoData): void;

  // From extension pages (sidebar, side panel, dashboard).
  /**
   * Everything the sidebar shows first, in one round trip: the settings, the call, its session
   * (opened as openSession does, in the language the page would pick) and the session's notes.
   */
  openSidebar(data: { tabId?: number; uiLanguage: string }): SidebarStart;
  getCallContext(data: { tabId?: number }): CallContext | null;
  openSession(data: { meeting: MeetingRef; title: string; language: string; tabId?: number }): SessionRecord;
  getSession(data: { id: string }): SessionRecord | null;
  listSessions(data: NoData): SessionSummary[];
  moveSection(data: { sessionId: string; target: number }): SessionRecord;
  getNotes(data: { sessionId: string }): NoteRecord[];
  saveNote(data: { sessionId: string; sectionId: string; text: string; seq: number }): { saved: boolean };
  setAskedQuestions(data: { sessionId: string; sectionId: string; questionIds: string[] }): NoteRecord;
  setSessionTemplate(data: { sessionId: string; templateId: string }): SessionRecord;
  /** Suggestion id → how many sessions ago it was asked with this person (1 = last time). */
  getAskedBefore(data: { sessionId: string }): Record<string, number>;
  listTemplates(data: NoData): TemplateRecord[];
  saveTemplate(data: TemplateInput): TemplateRecord;
  listQuestions(data: NoData): QuestionRecord[];
  saveQuestion(data: QuestionInput): QuestionRecord;
  moveLibraryItem(data: { table: 'templates' | 'questions'; id: string; by: -1 | 1 }): void;
  deleteLibraryItem(data: { table: 'templates' | 'questions'; id: string }): void;
  /** Puts text into the call's chat box without sending it; false when no chat box was found. */
  pasteToCallChat(data: { tabId: number; text: string }): { pasted: boolean };
  // People, ratings, OKRs, action items.
  listPeople(data: NoData): PersonRecord[];
  savePerson(data: { id: string; name: string; role: string; notes: string }): PersonRecord;
  deletePerson(data: { id: string }): void;
  restorePerson(data: { id: string }): PersonRecord;
  /** Links the session, and its recurring meeting, to a person (or unlinks with null). */
  setSessionPerson(data: { sessionId: string; personId: string | null }): SessionRecord;
  setTakeaway(data: { sessionId: string; takeaway: string }): SessionRecord;
  endSession(data: { sessionId: string }): SessionRecord;
  getRecap(data: { sessionId: string }): Recap;
  getSessionRatings(data: { sessionId: string }): RatingRecord[];
  rate(data: { sessionId: string; subject: RatingSubject; value: number; comment: string }): RatingRecord;
  clearRating(data: { id: string }): void;
  /** When each statement was last asked of the person, before this session: suggestions stay put while rating. */
  getStatementLastAsked(data: { personId: string; beforeSessionId: string }): Record<string, number>;
  listStatements(data: NoData): { statements: StatementRecord[]; sets: StatementSetRecord[] };
  saveStatement(data: { id: string; text: string; language: string }): StatementRecord;
  saveStatementSet(data: { id: string; name: string; statementIds: string[] }): StatementSetRecord;
  deleteStatementItem(data: { table: 'statements' | 'statementSets'; id: string }): void;
  listObjectives(data: { personId: string }): ObjectiveView[];
  saveObjective(data: Pick<ObjectiveRecord, 'id' | 'personId' | 'period' | 'text' | 'confidence' | 'successStory' | 'personalBenefit'>): ObjectiveRecord;
  saveKeyResult(data: Pick<KeyResultRecord, 'id' | 'objectiveId' | 'text' | 'ambitiousTarget' | 'minimumFloor'>): KeyResultRecord;
  saveRisk(data: Pick<RiskRecord, 'id' | 'objectiveId' | 'risk' | 'counterMeasure'>): RiskRecord;
  deleteOkrItem(data: { table: 'objectives' | 'keyResults' | 'risks'; id: string }): void;
  listActionItems(data: { sessionId: string }): ActionItemRecord[];
  saveActionItem(data: Pick<ActionItemRecord, 'id' | 'sessionId' | 'text' | 'owner' | 'due'>): ActionItemRecord;
  setActionItemDone(data: { id: string; done: boolean }): ActionItemRecord;
  deleteActionItem(data: { id: string }): void;
  setNotePrivate(data: { sessionId: string; sectionId: string; private: boolean }): NoteRecord;
  // Dashboard.
  getPersonInsights(data: { personId: string }): PersonInsights;
  getTeamInsights(data: NoData): TeamInsights;
  searchNotes(data: { query: string }): NoteHit[];
  /** The manager's summary of a session, resolved to text in the session's language, for export. */
  getSessionSummary(data: { sessionId: string }): ExportSummary;
  /**
   * The full backup file (docs/data-format.md). Given a delivery id, a service-worker background
   * sends it to the asking page over a port it offers there and answers `{ posted: true }`
   * (utils/messaging/files.ts).
   */
  exportBackup(data: { delivery?: string }): FileAnswer;
  /**
   * What restoring a backup file would change. Given a delivery id, a service-worker background
   * takes the file from the asking page over a port it offers there; elsewhere it answers
   * `{ received: false }` and the page sends the text (utils/messaging/files.ts).
   */
  previewRestore(data: FileUpload): UploadAnswer<RestorePreview>;
  /** Restores a backup file, sent as for previewRestore; over a port it reports its progress too. */
  applyRestore(data: FileUpload & { allowDeletes: boolean }): UploadAnswer<RestorePreview>;
  getSettings(data: NoData): Settings;
  // Sync (utils/sync): the server settings stay in storage.local.
  getSyncStatus(data: NoData): SyncView;
  /** Saves the server and syncs once; the page asked for the host permission first. */
  connectSync(data: SyncSettings): SyncView;
  disconnectSync(data: NoData): SyncView;
  syncNow(data: NoData): SyncView;
  /** The user said yes to a held batch of deletions from another device. */
  allowSyncDeletes(data: { deviceId: string; seq: number }): SyncView;
  /** Conflict copies waiting for the user, of one record or all. */
  listConflicts(data: { recordId?: string }): ConflictRecord[];
  /** "use": the copy's text replaces the record's; "dismiss": the record keeps its text. Either way the copy goes. */
  resolveConflict(data: { id: string; choice: 'use' | 'dismiss' }): void;
  updateSettings(data: Partial<Settings>): Settings;
  openDashboard(data: NoData): void;
  /** The last call's page check, checked afresh while that call is still open. */
  getCallPageCheck(data: NoData): CallPageCheck | null;
  // Listening balance (utils/listening).
  listeningBalance(data: { sessionId: string }): ListeningBalance;
  /** The user's choice of which captioned speaker is the manager. */
  setManagerSpeaker(data: { sessionId: string; speaker: string }): ListeningBalance;
  /** The person's measured sessions, oldest first. */
  listeningHistory(data: { personId: string }): ListeningPoint[];
}

export type Method = keyof ProtocolMap;
export type Params<M extends Method> = Parameters<ProtocolMap[M]>[0];
export type Result<M extends Method> = ReturnType<ProtocolMap[M]>;

/** The methods only our call script may use (registerCallTab hands out a dock's token); everything else needs an extension page. */
export const contentScriptMethods: ReadonlySet<Method> = new Set<Method>(['registerCallTab', 'saveDockState', 'leaveCall', 'popOut', 'showDock', 'reportSpeech']);

export interface RequestMessage<M extends Method = Method> {
  coachbar: 'request';
  method: M;
  data: Params<M>;
  /** From a docked sidebar only: the token in its address (dockTokenParam). */
  dock?: string;
}

export interface SerializedError {
  name: string;
  message: string;
}

export type ResponseMessage<M extends Method = Method> =
  | { ok: true; value: Result<M> }
  | { ok: false; error: SerializedError };

/** What a change is about: a table of records, the calls open in tabs, or sync's status. */
export type ChangeTopic = RecordTable | 'callContext' | 'sync';

/** Broadcast by the background after writes, so open pages refetch what changed. */
export interface ChangedEvent {
  coachbar: 'changed';
  topics: ChangeTopic[];
}

/**
 * Sent by the background to a call tab's content script: open or close the dock, close it (the
 * session moved to the browser's side panel), or cover/uncover its content (the privacy shortcut).
 */
export interface TabCommand {
  coachbar: 'toggleDock' | 'closeDock' | 'toggleCover';
}

export function isRequestMessage(message: unknown): message is RequestMessage {
  return typeof message === 'object' && message !== null && (message as { coachbar?: unknown }).coachbar === 'request';
}

export function isChangedEvent(message: unknown): message is ChangedEvent {
  return typeof message === 'object' && message !== null && (message as { coachbar?: unknown }).coachbar === 'changed' && Array.isArray((message as { topics?: unknown }).topics);
}
