// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import { App } from '@/entrypoints/sidepanel/App';
import { captionsGraceMs } from '@/entrypoints/background/listening';
import { listeningOnItem } from '@/entrypoints/background/listening-consent';
import type { Services } from '@/entrypoints/background/services';
import { contentPacks } from '@/utils/content/packs';
import type { Language } from '@/utils/i18n/catalog';
import type { SpeakerWords } from '@/utils/listening/types';
import { listeningQuestionIds } from '@/utils/questions/listening';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  await writeCountsNow();
  // Sync pushes edits a few seconds after them: not into the database closed below.
  await services?.sync.disconnect();
  vi.restoreAllMocks();
  vi.useRealTimers();
  await services?.db.delete();
  services = undefined;
});

/** The meter asks every few seconds: a little longer than that. */
const meterWait = { timeout: 8000 };
/** A test waits for a few of the meter's questions. */
const testTimeout = 30_000;

/**
 * The background writes counted words to the session a few seconds after a report; a confirmed
 * choice of speaker writes them at once, so no write meets the database closed after the test.
 */
async function writeCountsNow(): Promise<void> {
  const [session] = (await services?.sessions.list()) ?? [];
  if (!session) return;
  const balance = await services!.listening.balance(session.id);
  const speaker = balance.managerSpeaker ?? balance.speakers[0];
  if (speaker !== undefined) await services!.listening.chooseManager(session.id, speaker);
}

/** A Meet call whose sidebar has opened its session, with Listening balance on or off. */
async function renderCall({ listening = true, language = 'en' as Language, url = 'https://meet.google.com/abc-defg-hij', ownClock = false } = {}) {
  // Only the clock's date is faked, so a test can pass the wait for captions; timers stay real. A test with its own clock keeps it.
  if (!ownClock) vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  services = startBackground();
  // The captions script itself runs only in a real call page (tests/e2e/listening.e2e.ts): here the tests report for it.
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
  await listeningOnItem.setValue(listening);
  const tab = await fakeBrowser.tabs.create({ url });
  const tabId = tab.id!;
  // What the call script does when the page loads.
  await services.callTabs.register(tabId, 'Weekly 1:1');
  render(
    <DataProvider>
      <I18nProvider language={language}>
        <App tabId={tabId} />
      </I18nProvider>
    </DataProvider>,
  );
  await screen.findByRole('textbox', { name: /^(Notes for|Notities bij|Notizen zu)/ });
  await waitFor(async () => expect((await services!.callTabs.get(tabId))?.sessionId).toBeTruthy());
  // What the sidebar's opening (openSidebar) does in the extension: the captions script starts in the call page.
  await services.listening.startIn(tabId);
  /** A report of the captions script in this tab. */
  const report = (words: SpeakerWords[], signal: 'captions' | 'none' = 'captions') => services!.listening.report(tabId, signal, words);
  /** The captions script has run longer than captions take to show. */
  const passGrace = () => vi.setSystemTime(Date.now() + captionsGraceMs + 1);
  return { tabId, report, passGrace };
}

const meter = () => screen.getByRole('region', { name: /^(Listening balance|Luisterbalans|Redeanteil)$/ });
/** What the meter says, with white space as a reader hears it. */
const meterText = () => [...meter().children].map((child) => child.textContent).join(' ').replace(/\s+/g, ' ').trim();
const words = (you: number, sam: number, local = true): SpeakerWords[] => [
  { speaker: 'You', words: you, local },
  { speaker: 'Sam', words: sam, local: false },
];

describe('the listening meter in the sidebar', { timeout: testTimeout }, () => {
  it('is not there while the setting is off; the footer turns it on, explained', async () => {
    await renderCall({ listening: false });
    expect(screen.queryByRole('region', { name: 'Listening balance' })).toBeNull();
    const toggle = screen.getByRole('checkbox', { name: 'Listening balance' });
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toMatch(/live captions in this tab.*no transcript is stored/);
    await userEvent.click(toggle);
    await waitFor(async () => expect(await listeningOnItem.getValue()).toBe(true));
    expect(await screen.findByRole('region', { name: 'Listening balance' })).toBeTruthy();
    await waitFor(() => expect(meterText()).toBe('Waiting for captions…'), meterWait);
  });

  it('waits for captions while the page has just loaded, then says there is no signal, and how to turn Meet’s captions on, until the captions report words', async () => {
    const { report, passGrace } = await renderCall();
    await waitFor(() => expect(meterText()).toBe('Waiting for captions…'), meterWait);
    // The script's first look in a page just loaded finds no captions yet: no "No signal" for that.
    await report([], 'none');
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(meterText()).toBe('Waiting for captions…');
    passGrace();
    await waitFor(() => expect(meterText()).toBe('No signal: turn on Meet’s captions (the CC button, or press C) so Coachbar can count who speaks.'), meterWait);
    // Captions on, nobody has spoken yet: it says so rather than showing 0 %.
    await report([]);
    await waitFor(() => expect(meterText()).toBe('Listening: no words in the captions yet.'), meterWait);
  });

  it('on Zoom, says where Zoom’s captions are turned on', async () => {
    const { passGrace } = await renderCall({ url: 'https://app.zoom.us/wc/123456789/join' });
    passGrace();
    await waitFor(() => expect(meterText()).toBe('No signal: turn on Zoom’s captions (Captions in the toolbar) so Coachbar can count who speaks.'));
  });

  it('shows the 1:1 so far and this section in words, the other speaker by name; not a live region', async () => {
    const { report } = await renderCall();
    await report(words(30, 70));
    await waitFor(() => expect(meterText()).toContain('This 1:1 You 30% · Sam 70%'), meterWait);
    expect(meterText()).toContain('This section You 30% · Sam 70%');
    await report(words(30, 0));
    await waitFor(() => expect(meterText()).toContain('This 1:1 You 46% · Sam 54%'), meterWait);
    // The numbers change every few seconds: nothing of them is announced on its own.
    for (const live of meter().querySelectorAll('[role="status"], [aria-live]')) expect(live.textContent).toBe('');
    expect(meter().getAttribute('aria-live')).toBeNull();
  });

  it.each<{ language: Language; counting: string }>([
    { language: 'en', counting: 'This 1:1 counting…This section counting…' },
    { language: 'nl', counting: 'Deze 1:1 aan het tellen…Dit onderdeel aan het tellen…' },
    { language: 'de', counting: 'Dieses 1:1 wird gezählt…Abschnitt wird gezählt…' },
  ])('in $language, says it is counting until the words are enough for a share: no "You 100 %" after one sentence', async ({ language, counting }) => {
    const { report } = await renderCall({ language });
    await report(words(4, 0));
    await waitFor(() => expect(meterText()).toBe(counting), meterWait);
    await report(words(26, 30));
    await waitFor(() => expect(meterText()).toMatch(/%/), meterWait);
  });

  it('asks which speaker is you when the page did not say, shows no share until then, and takes the answer', async () => {
    const { report } = await renderCall();
    await report([
      { speaker: 'Alex Jansen', words: 25, local: false },
      { speaker: 'Sam', words: 75, local: false },
    ]);
    const who = await screen.findByRole('combobox', { name: 'Which name in the captions is you?' }, meterWait);
    expect(meterText()).not.toMatch(/%/);
    await userEvent.selectOptions(who, 'Alex Jansen');
    await waitFor(() => expect(meterText()).toContain('This 1:1 You 25% · Sam 75%'));
    expect(screen.queryByRole('combobox', { name: 'Which name in the captions is you?' })).toBeNull();

    // Changing it later: the choice takes the focus of the button that asked for it.
    await userEvent.click(within(meter()).getByRole('button', { name: 'Which one is you?' }));
    const again = screen.getByRole('combobox', { name: 'Which name in the captions is you?' });
    expect(document.activeElement).toBe(again);
    await userEvent.selectOptions(again, 'Sam');
    await waitFor(() => expect(meterText()).toContain('This 1:1 You 75% · Alex Jansen 25%'));
  });

  it.each<{ language: Language; line: string; noSignal: RegExp }>([
    { language: 'nl', line: 'Deze 1:1 Jij 30% · Sam 70%', noSignal: /^Geen signaal: zet de ondertiteling van Meet aan/ },
    { language: 'de', line: 'Dieses 1:1 Du 30 % · Sam 70 %', noSignal: /^Kein Signal: Schalte die Untertitel in Meet ein/ },
  ])('speaks $language', async ({ language, line, noSignal }) => {
    const { report, passGrace } = await renderCall({ language });
    passGrace();
    await waitFor(() => expect(meterText()).toMatch(noSignal), meterWait);
    await report(words(30, 70));
    await waitFor(() => expect(meterText()).toContain(line), meterWait);
  });
});

describe('the listening nudge in the sidebar', { timeout: testTimeout }, () => {
  it('lifts questions that hand the conversation back once you have talked above the threshold for minutes, says why, and announces it once', async () => {
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const { report } = await renderCall({ ownClock: true });
    await report(words(0, 0));
    for (let minute = 1; minute <= 4; minute++) {
      now += 60_000;
      await report(words(40, 10));
    }
    const listening = [...listeningQuestionIds].map((id) => contentPacks.en.questions[id as keyof typeof contentPacks.en.questions]);
    const list = () => screen.getByRole('list', { name: /^Suggestions/ });
    const topThree = () => within(list()).getAllByRole('listitem').slice(0, 3);
    await waitFor(() => expect(topThree()[0]!.textContent).toContain('you have talked 80% for 4 minutes'), meterWait);
    for (const item of topThree()) {
      expect(listening.some((question) => item.textContent!.includes(question))).toBe(true);
      expect(within(item).getByText(/^you have talked 80% for 4 minutes/)).toBeTruthy();
    }
    const status = within(meter()).getByRole('status');
    expect(status.textContent).toBe('You have talked 80% for 4 minutes: the suggestions now offer questions that hand the conversation back.');

    // A minute more of the same: the reason moves on, the announcement is not made again.
    now += 60_000;
    await report(words(40, 10));
    await waitFor(() => expect(topThree()[0]!.textContent).toContain('you have talked 80% for 5 minutes'), meterWait);
    expect(status.textContent).toContain('for 4 minutes');
  });

  it('does not nudge below the threshold', async () => {
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const { report } = await renderCall({ ownClock: true });
    await services!.settings.update({ listeningThreshold: 85 });
    await report(words(0, 0));
    for (let minute = 1; minute <= 4; minute++) {
      now += 60_000;
      await report(words(40, 10));
    }
    await waitFor(() => expect(meterText()).toContain('You 80%'), meterWait);
    expect(screen.queryByText(/you have talked/)).toBeNull();
    expect(within(meter()).getByRole('status').textContent).toBe('');
  });
});
