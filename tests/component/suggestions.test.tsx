// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import { App } from '@/entrypoints/sidepanel/App';
import type { Services } from '@/entrypoints/background/services';
import { contentPacks } from '@/utils/content/packs';
import type { Language } from '@/utils/i18n/catalog';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  await services?.db.delete();
  services = undefined;
});

async function renderCall(language: Language = 'en') {
  services = startBackground();
  const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' });
  render(
    <DataProvider>
      <I18nProvider language={language}>
        <App tabId={tab.id!} />
      </I18nProvider>
    </DataProvider>,
  );
  const notes = await screen.findByRole('textbox', { name: /^(Notes for|Notizen zu|Notities bij)/ });
  await waitFor(() => expect((notes as HTMLTextAreaElement).disabled).toBe(false));
  return notes as HTMLTextAreaElement;
}

const suggestionList = () => screen.getByRole('list', { name: /Suggestions|Vorschläge|Suggesties/ });
const suggestionButtons = () => within(suggestionList()).getAllByRole('listitem').map((item) => within(item).getAllByRole('button')[0]!);

const topTwo = () => suggestionButtons().slice(0, 2).map((button) => button.textContent!.slice(1)).sort();
const raisedByImpossible = [contentPacks.en.questions.control, contentPacks.en.questions['alternative-view']].sort();

/** The notes with the call time of question lines masked: the clock is real, and a slow run can pass 0:00. */
const withoutCallTime = (text: string) => text.replace(/^Q \d+:\d\d · /gm, 'Q m:ss · ');

async function storedNote() {
  const [session] = await services!.sessions.list();
  return (await services!.notes.forSession(session!.id))[0];
}

describe('suggestions', () => {
  it('inserts a suggestion as a question line, marks it asked and offers undo', async () => {
    const notes = await renderCall();
    await userEvent.type(notes, 'Warm-up done');
    const first = suggestionButtons()[0]!;
    const question = first.textContent!.replace(/^1/, '');
    await userEvent.click(first);

    await waitFor(() => expect(withoutCallTime(notes.value)).toBe(`Warm-up done\nQ m:ss · ${question}\n`));
    await waitFor(async () => expect((await storedNote())?.questionIds).toHaveLength(1));
    await waitFor(() => expect(suggestionButtons().some((button) => button.textContent!.includes(question))).toBe(false));

    const toast = screen.getByText('Question added to your notes.').parentElement!;
    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(notes.value).toBe('Warm-up done'));
    await waitFor(async () => expect((await storedNote())?.questionIds).toEqual([]));
    await waitFor(async () => expect((await storedNote())?.text).toBe('Warm-up done'));
  });

  it('marks an inserted question with the letter of the language: V in Dutch', async () => {
    const notes = await renderCall('nl');
    await userEvent.click(suggestionButtons()[0]!);
    await waitFor(() => expect(notes.value).toMatch(/^V \d+:\d\d · /));
  });

  it('undoes an insert with Ctrl+Z in the notes', async () => {
    const notes = await renderCall();
    await userEvent.click(suggestionButtons()[1]!);
    await waitFor(() => expect(withoutCallTime(notes.value)).toMatch(/^Q m:ss · /));
    await waitFor(() => expect(document.activeElement).toBe(notes));
    await userEvent.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(notes.value).toBe(''));
  });

  it('picks a suggestion with a number key once the list has focus (Alt+Q)', async () => {
    const notes = await renderCall();
    const third = suggestionButtons()[2]!.textContent!.replace(/^3/, '');
    await userEvent.keyboard('{Alt>}q{/Alt}');
    expect(document.activeElement).toBe(suggestionList());
    await userEvent.keyboard('3');
    await waitFor(() => expect(withoutCallTime(notes.value)).toBe(`Q m:ss · ${third}\n`));
  });

  it('tells why a question is suggested when it has keyboard focus, with copy and pin one key away', async () => {
    await renderCall();
    await userEvent.keyboard('{Alt>}q{/Alt}');
    await userEvent.tab();
    const first = suggestionButtons()[0]!;
    expect(document.activeElement).toBe(first);
    // Its description, read out with it and shown under it (CSS) while it has focus; the tooltip on hover.
    const why = document.getElementById(first.getAttribute('aria-describedby')!);
    expect(why?.textContent).toMatch(/fits this section/);
    expect(first.title).toBe(why?.textContent);

    await userEvent.tab();
    const more = document.activeElement as HTMLElement;
    expect(more.getAttribute('aria-label')).toBe('More for question 1: why, copy, pin');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    await userEvent.keyboard('{Enter}');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const actions = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(within(actions).getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(within(actions).getByRole('button', { name: 'Pin' })).toBeTruthy();
  });

  it('keeps the situation chips one toggle away, and the toggle counts the ones tapped', async () => {
    await renderCall();
    expect(screen.queryByRole('button', { name: 'Seems impossible' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Situation…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Stuck' }));
    expect(screen.getByRole('button', { name: 'Situation (1)' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('lifts the questions for a situation the manager taps, and says why', async () => {
    await renderCall();
    await userEvent.click(screen.getByRole('button', { name: 'Situation…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Seems impossible' }));
    expect(screen.getByRole('button', { name: 'Seems impossible' }).getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(topTwo()).toEqual(raisedByImpossible));
    expect(within(suggestionList()).getAllByText(/you tapped “Seems impossible”/).length).toBeGreaterThan(0);
  });

  it('reads words in the notes: "impossible" raises the alternative-view question', async () => {
    const notes = await renderCall();
    await userEvent.type(notes, 'Sam thinks the target is impossible');
    await waitFor(() => expect(topTwo()).toEqual(raisedByImpossible));
    expect(within(suggestionList()).getAllByText(/notes mention “impossible” → Seems impossible/).length).toBeGreaterThan(0);
  });

  it.each([
    { language: 'nl' as const, note: 'ik loop vast, frustrerend', reason: /notities noemen ‘loop vast’ → Loopt vast/ },
    { language: 'de' as const, note: 'ich komme nicht weiter, das nervt', reason: /Notizen erwähnen „komme nicht weiter“ → / },
  ])('reads $language notes in their own language and says which words meant what', async ({ language, note, reason }) => {
    const notes = await renderCall(language);
    await userEvent.type(notes, note);
    await waitFor(() => expect(within(suggestionList()).getAllByText(reason).length).toBeGreaterThan(0));
  });

  it("suggests no questions in the salary talk's preparation, which the manager reads alone", async () => {
    await renderCall();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Agenda template' }), 'Salary talk');
    expect(await screen.findByText('This step is for you alone, before the talk: no questions to ask yet.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: /Suggestions/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Next section' }));
    await waitFor(() => expect(suggestionButtons().length).toBeGreaterThan(0));
  });

  it('shows the salary talk’s preparation as the manager’s own, off the call clock, with private notes; the talk’s clock starts at its purpose', async () => {
    await renderCall();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Agenda template' }), 'Salary talk');
    expect(await screen.findByRole('heading', { level: 2, name: 'Your preparation' })).toBeTruthy();
    const notes = screen.getByRole('textbox', { name: 'Notes for Your preparation' });
    expect(screen.getByRole('timer').textContent).toBe('Before the talk');
    expect(screen.getByRole('button', { name: 'Your preparation · before the talk' })).toBeTruthy();
    const isPrivate = () => screen.getByRole('checkbox', { name: 'Private: leave these notes out of the employee copy' }) as HTMLInputElement;
    expect(isPrivate().checked).toBe(true);
    await userEvent.type(notes, 'Band 4, room for 3%');
    await waitFor(async () => expect((await storedNote())?.private).toBe(true));
    expect(isPrivate().checked).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Next section' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Purpose & process' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('timer').textContent).toMatch(/^[23]:\d\d left$/));
    expect(isPrivate().checked).toBe(false);
  });

  it('runs a German session in German, with German suggestions', async () => {
    await renderCall('de');
    expect(await screen.findByRole('heading', { level: 2, name: 'Deine Themen' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Agenda' }).textContent).toContain('Offene Punkte vom letzten Mal');
    expect(screen.getByRole('heading', { name: 'Vorgeschlagene Fragen' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Situation…' }));
    expect(screen.getByRole('button', { name: 'Scheint unmöglich' })).toBeTruthy();
  });
});
