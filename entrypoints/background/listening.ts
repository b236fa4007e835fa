import { browser } from '@/utils/browser/api';
import type { SessionRepository } from '@/utils/db/sessions';
import type { SettingsRepository } from '@/utils/db/settings';
import { nudgeOf, recentSamples, type BalanceSample } from '@/utils/listening/nudge';
import { addWords, chooseManager, emptyTotals, splitOf } from '@/utils/listening/totals';
import type { ListeningBalance, ListeningSignal, ListeningTotals, SpeakerWords } from '@/utils/listening/types';
import { detectMeeting } from '@/utils/sites/detect';
import type { CallTabRegistry } from './call-tabs';
import { isListeningOn } from './listening-consent';

/** Counts wait this long in memory before they are written to the session, so a call writes a few times a minute, not every report. */
const writeDelayMs = 15_000;

/** The captions script reports at least this often while it runs; older than this, the meter has no signal. */
export const signalFreshMs = 12_000;

/**
 * After the captions script starts in a page, captions may take a while to show: until it reports
 * captions, or this long has passed, the meter waits for them instead of saying there are none.
 */
export const captionsGraceMs = 15_000;

/** The captions script's built file (entrypoints/captions.content). */
const captionsScript = '/content-scripts/captions.js';

/** A session counted in this background's lifetime: its totals (written later), samples for the nudge, and the last report. */
interface LiveSession {
  totals: ListeningTotals;
  samples: BalanceSample[];
  signal: ListeningSignal;
  reportedAt: number;
  writeTimer: ReturnType<typeof setTimeout> | null;
}

/**
 * Listening balance in the background: injects the captions script into a call tab once the
 * setting is on and the call's sidebar has opened its session, adds the script's reports to the
 * session's totals (written through the one writer, a few times a minute), and answers the
 * sidebar's meter. The samples for the nudge live in memory only: they matter for minutes.
 */
export class ListeningTracker {
  private readonly live = new Map<string, LiveSession>();
  /**
   * Tabs whose page the captions script was injected into by this background. Not injected twice:
   * a second copy would replace the first (WXT's ctx) and count the captions on screen again.
   */
  private readonly injected = new Set<number>();
  /** When the captions script started in a session's call page, until it reports captions there. */
  private readonly awaitingCaptions = new Map<string, number>();

  constructor(
    private readonly sessions: SessionRepository,
    private readonly settings: SettingsRepository,
    private readonly callTabs: CallTabRegistry,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts the captions script in a call tab whose sidebar has the call's session open, if the setting is on. */
  async startIn(tabId: number): Promise<void> {
    if (this.injected.has(tabId)) return;
    // Marked before the first wait: two starts at once (the sidebar opening, the page registering) inject one copy.
    this.injected.add(tabId);
    let sessionId: string | null | undefined;
    try {
      if (!(await isListeningOn())) return this.notInjected(tabId);
      sessionId = (await this.callTabs.get(tabId))?.sessionId;
      if (!sessionId) return this.notInjected(tabId);
      // Before the next wait: the sidebar that started this asks for the balance at once.
      this.awaitingCaptions.set(sessionId, this.now());
      // Only a call's own address: the tab may have gone elsewhere since its call script registered, and
      // the packaged demo call is a page of ours, with no captions, where no script may be injected.
      const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
      if (!url || !detectMeeting(url)) return this.notInjected(tabId, sessionId);
      const scripting = (browser as Partial<Pick<typeof browser, 'scripting'>>).scripting;
      if (!scripting) throw new Error('This browser cannot inject scripts');
      await scripting.executeScript({ target: { tabId }, files: [captionsScript] });
    } catch (error) {
      this.notInjected(tabId, sessionId);
      throw error;
    }
  }

  /** No captions script runs in the tab: nothing to wait for. */
  private notInjected(tabId: number, sessionId?: string | null): void {
    this.injected.delete(tabId);
    if (sessionId) this.awaitingCaptions.delete(sessionId);
  }

  /**
   * The tab's call script registered its page: a page loaded anew has lost the captions script, so
   * it starts again there at once if the tab's call still has its session open (a side panel that
   * stayed open through the reload opens nothing anew).
   */
  async pageRegistered(tabId: number): Promise<void> {
    this.injected.delete(tabId);
    await this.startIn(tabId);
  }

  /** The setting went on: every call whose sidebar is open starts counting. */
  async startInOpenCalls(): Promise<void> {
    await Promise.all((await this.callTabs.withSession()).map((tabId) => this.startIn(tabId).catch((error: unknown) => console.warn('Coachbar: cannot read captions in tab', tabId, error))));
  }

  /**
   * A report from the captions script in `tabId`, whose page is at `pageMeetingKey`'s call. False
   * tells the script to stop: the setting is off, or the tab holds no call whose session a sidebar
   * opened, or the page has gone on to another call than that session's.
   */
  async report(tabId: number, signal: ListeningSignal, words: readonly SpeakerWords[], pageMeetingKey?: string): Promise<boolean> {
    const [on, tab] = await Promise.all([isListeningOn(), this.callTabs.get(tabId)]);
    const session = tab?.sessionId ? await this.sessions.get(tab.sessionId) : undefined;
    // An ended 1:1 counts no more words, though the call may go on.
    if (!on || !session || session.endedAt !== null || (pageMeetingKey !== undefined && pageMeetingKey !== session.meetingKey)) {
      this.injected.delete(tabId);
      return false;
    }
    const live = this.liveOf(session.id, session.listening);
    const now = this.now();
    if (live.samples.length === 0) live.samples.push({ at: now, ...splitOf(live.totals) });
    if (words.length > 0) {
      const section = await this.sessions.currentSection(session);
      // The manager's preparation is before the talk: like the call clock, the balance leaves it out.
      if (section && !section.beforeTheTalk) {
        live.totals = addWords(live.totals, section.id, words);
        this.writeSoon(session.id, live);
      }
    }
    if (signal === 'captions') this.awaitingCaptions.delete(session.id);
    live.samples = recentSamples([...live.samples, { at: now, ...splitOf(live.totals) }], now);
    live.signal = signal;
    live.reportedAt = now;
    return true;
  }

  async balance(sessionId: string): Promise<ListeningBalance> {
    const session = await this.sessions.get(sessionId);
    if (!session) throw new Error(`No session with id ${sessionId}`);
    const live = this.live.get(sessionId);
    const totals = live?.totals ?? session.listening ?? emptyTotals;
    const now = this.now();
    const [sectionId, { listeningThreshold }] = await Promise.all([this.sessions.currentSectionId(session), this.settings.get()]);
    const section = sectionId === null ? null : splitOf(totals, sectionId);
    const nudge = live ? nudgeOf(live.samples, now, listeningThreshold) : null;
    const fresh = live !== undefined && now - live.reportedAt <= signalFreshMs;
    const startedAt = this.awaitingCaptions.get(sessionId);
    return {
      signal: fresh && live.signal === 'captions' ? 'captions' : startedAt !== undefined && now - startedAt <= captionsGraceMs ? 'waiting' : 'none',
      ...splitOf(totals),
      section: section && section.manager + section.other > 0 ? section : null,
      managerSpeaker: totals.managerSpeaker,
      speakers: totals.speakers.map((speaker) => speaker.name),
      nudge: nudge !== null,
      nudgeReason: nudge,
    };
  }

  /** The user's choice of the manager among the speakers the captions named; written at once. */
  async chooseManager(sessionId: string, speaker: string): Promise<ListeningBalance> {
    const session = await this.sessions.get(sessionId);
    if (!session) throw new Error(`No session with id ${sessionId}`);
    const live = this.liveOf(sessionId, session.listening);
    if (!live.totals.speakers.some((known) => known.name === speaker)) throw new RangeError('Choose one of the speakers the captions named');
    live.totals = chooseManager(live.totals, speaker);
    await this.write(sessionId, live);
    return this.balance(sessionId);
  }

  /** Writes the session's counts now if a write is waiting: an export or the ended session then holds everything counted. */
  async saveNow(sessionId: string): Promise<void> {
    const live = this.live.get(sessionId);
    if (live?.writeTimer) await this.write(sessionId, live);
  }

  /** The 1:1 ended: its counts are written, and nothing of it stays in memory. */
  async ended(sessionId: string): Promise<void> {
    await this.saveNow(sessionId);
    this.live.delete(sessionId);
    this.awaitingCaptions.delete(sessionId);
  }

  private liveOf(sessionId: string, stored: ListeningTotals | undefined): LiveSession {
    let live = this.live.get(sessionId);
    if (!live) {
      live = { totals: stored ?? emptyTotals, samples: [], signal: 'none', reportedAt: 0, writeTimer: null };
      this.live.set(sessionId, live);
    }
    return live;
  }

  private writeSoon(sessionId: string, live: LiveSession): void {
    live.writeTimer ??= setTimeout(() => {
      void this.write(sessionId, live).catch((error: unknown) => console.warn('Coachbar: cannot save the listening balance', error));
    }, writeDelayMs);
  }

  private async write(sessionId: string, live: LiveSession): Promise<void> {
    if (live.writeTimer !== null) clearTimeout(live.writeTimer);
    live.writeTimer = null;
    await this.sessions.setListening(sessionId, live.totals);
  }
}
