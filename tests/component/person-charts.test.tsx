// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import type { Services } from '@/entrypoints/background/services';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import type { Tab } from '@/entrypoints/dashboard/tabs';
import { startBackground } from './support/background';

const day = 86_400_000;
const today = new Date(2026, 11, 7, 12).getTime();
let services: Services | undefined;

beforeEach(() => {
  // user-event walks a radio group by CSS.escape, which jsdom lacks.
  globalThis.CSS ??= { escape: (value: string) => value.replace(/[^\w-]/g, (character) => `\\${character}`) } as typeof CSS;
  // Only the clock: sessions are placed in time, while the database's and React's timers run.
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(async () => {
  cleanup();
  await services?.db.delete();
  services = undefined;
  vi.useRealTimers();
});

/** Alex's sessions, oldest first, `daysAgo` each, with the answers given to each statement in it. */
async function alexAnswered(background: Services, sessions: readonly { daysAgo: number; answers: Record<string, number> }[]) {
  vi.setSystemTime(today - 2000 * day);
  const person = await background.coaching.people.save('alex', {}, () => ({ name: 'Alex', role: '', notes: '', meetingKeys: [] }));
  for (const [index, { daysAgo, answers }] of sessions.entries()) {
    vi.setSystemTime(today - daysAgo * day);
    const code = `abc-defg-${String.fromCharCode(97 + Math.floor(index / 26))}${String.fromCharCode(97 + (index % 26))}a`;
    const session = await background.sessions.openForMeeting({ site: 'meet', code }, `1:1 number ${index + 1}`, 'en');
    await background.sessions.setPerson(session.id, person.id);
    for (const [statementId, value] of Object.entries(answers)) await background.coaching.rate({ ...session, personId: person.id }, { statementId }, value, '');
  }
  vi.setSystemTime(today);
}

function renderDashboard(tab: Tab) {
  return render(
    <DataProvider>
      <I18nProvider language="en">
        <Dashboard initialTab={tab} />
      </I18nProvider>
    </DataProvider>,
  );
}

const feedback = 'pd-get-feedback';
const careerPath = 'pd-career-path';
const strengths = 'pd-use-strengths';

describe('person view: one small chart per statement', () => {
  it('shows each statement’s latest answer against the person’s own average, the flagged drop first and marked in words', async () => {
    services = startBackground();
    // Weekly: the career path steady at 6 until two answers of 2; feedback steady at 5; strengths asked twice.
    const weeks = Array.from({ length: 12 }, (_, index) => ({
      daysAgo: 7 * (11 - index),
      answers: { [feedback]: 5, [careerPath]: index >= 10 ? 2 : 6, ...(index >= 10 ? { [strengths]: index === 10 ? 3 : 4 } : {}) },
    }));
    await alexAnswered(services, weeks);
    renderDashboard('people');

    const section = (await screen.findByRole('heading', { name: 'Ratings over time (1–7)' })).closest('section')!;
    // The flags on the person's own page: the drop is there, without their name again as a heading.
    const flags = screen.getByRole('region', { name: 'Patterns to look at' });
    await within(flags).findByText(/attractive career path/);
    expect(within(flags).queryAllByRole('heading', { level: 4 })).toEqual([]);
    const charts = within(section).getAllByRole('figure');
    expect(charts).toHaveLength(3);
    const [first, ...rest] = charts;
    expect(first!.textContent).toContain('Flagged');
    expect(first!.textContent).toContain('attractive career path');
    expect(within(first!).getByText('Latest 2')).toBeTruthy();
    // Ten answers of 6 before the latest, and one of 2: their mean is 5.6.
    expect(first!.textContent).toContain('-3.6 against their own average of 5.6');
    expect(first!.textContent).toContain('the mean of their 11 earlier answers in this range');
    for (const chart of rest) expect(chart.textContent).not.toContain('Flagged');
    const byText = (text: string) => rest.find((chart) => chart.textContent!.includes(text))!;
    expect(within(byText('constructive feedback')).getByText('Latest 5')).toBeTruthy();
    expect(byText('constructive feedback').textContent).toContain('0 against their own average of 5');
    expect(within(byText('strengths')).getByText('Latest 4')).toBeTruthy();
    expect(byText('strengths').textContent).toContain('+1 against their own average of 3');

    // The rolling average, by keyboard: its latest value in words beside each chart.
    const rolling = screen.getByRole('checkbox', { name: 'Rolling average of the last 4 answers' });
    rolling.focus();
    await userEvent.keyboard(' ');
    expect(first!.textContent).toContain('average of the last 4: 4');
    expect(byText('strengths').textContent).toContain('average of the last 4: 3.5');
  });

  it('opens on the shortest range that holds enough answers, its data table follows the range picked by keyboard, and the pick is remembered', async () => {
    services = startBackground();
    // Two years ago five answers; then ten weekly ones up to this week.
    const old = Array.from({ length: 5 }, (_, index) => ({ daysAgo: 730 - index * 7, answers: { [feedback]: 3 } }));
    const recent = Array.from({ length: 10 }, (_, index) => ({ daysAgo: 7 * (9 - index), answers: { [feedback]: 6 } }));
    await alexAnswered(services, [...old, ...recent]);
    const { unmount } = renderDashboard('people');

    const threeMonths = await screen.findByRole('radio', { name: 'Last 3 months' });
    expect((threeMonths as HTMLInputElement).checked).toBe(true);
    const section = screen.getByRole('heading', { name: 'Ratings over time (1–7)' }).closest('section')!;
    await userEvent.click(within(section).getByText('Data behind the chart'));
    // A header row and the ten answers of the range.
    expect(within(section).getAllByRole('row')).toHaveLength(11);

    threeMonths.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    const all = screen.getByRole('radio', { name: 'All' });
    expect((all as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(all);
    expect(within(section).getAllByRole('row')).toHaveLength(16);
    expect(within(section).getByRole('figure').textContent).toContain('the mean of their 14 earlier answers');
    await vi.waitFor(async () => expect(await storage.getItem('local:dashboardRange.person')).toBe('all'));

    unmount();
    renderDashboard('people');
    expect(((await screen.findByRole('radio', { name: 'All' })) as HTMLInputElement).checked).toBe(true);
  });
});

describe('person view: one small chart per objective', () => {
  it('shows each rated objective’s latest progress against the person’s own average, on the 1–10 scale', async () => {
    services = startBackground();
    const background = services;
    await background.coaching.objectives.save('onboarding', {}, () => ({ personId: 'alex', period: '2026-Q4', text: 'Faster onboarding', confidence: 7, successStory: '', personalBenefit: '' }));
    await background.coaching.objectives.save('hiring', {}, () => ({ personId: 'alex', period: '2026-Q4', text: 'Hire two engineers', confidence: 5, successStory: '', personalBenefit: '' }));
    const progress = [3, 5, 8];
    await alexAnswered(background, progress.map((_, index) => ({ daysAgo: 14 * (2 - index), answers: { [feedback]: 5 } })));
    const sessions = (await background.sessions.ofPerson('alex')).sort((a, b) => a.startedAt - b.startedAt);
    for (const [index, session] of sessions.entries()) await background.coaching.rate(session, { objectiveId: 'onboarding' }, progress[index]!, '');
    renderDashboard('people');

    const section = (await screen.findByRole('heading', { name: 'OKR progress over time (1–10)' })).closest('section')!;
    // The objective never rated has no chart.
    const [chart, ...others] = within(section).getAllByRole('figure');
    expect(others).toHaveLength(0);
    expect(chart!.textContent).toContain('2026-Q4 · Faster onboarding');
    expect(within(chart!).getByText('Latest 8')).toBeTruthy();
    expect(chart!.textContent).toContain('+4 against their own average of 4');
  });
});

describe('team view: heat map and averages in the picked range', () => {
  it('shows only the latest answer within the range, and none for a statement not answered in it', async () => {
    services = startBackground();
    const old = Array.from({ length: 10 }, (_, index) => ({ daysAgo: 300 - index * 7, answers: { [feedback]: 2, [careerPath]: 3 } }));
    const recent = Array.from({ length: 10 }, (_, index) => ({ daysAgo: 7 * (9 - index), answers: { [feedback]: 6 } }));
    await alexAnswered(services, [...old, ...recent]);
    renderDashboard('team');

    // Most of Alex's series (one of two) do not hold 8 answers in three months, both do in a year.
    const year = await screen.findByRole('radio', { name: 'Last 12 months' });
    expect((year as HTMLInputElement).checked).toBe(true);
    const heatmap = () => screen.getByRole('table', { name: 'Latest answer per person' });
    const alexRow = () => within(heatmap()).getByRole('row', { name: /Alex/ });
    expect(within(alexRow()).getByRole('button', { name: '6' })).toBeTruthy();
    expect(within(alexRow()).getByRole('button', { name: '3' })).toBeTruthy();

    // Checked in the render the click causes: a controlled radio waiting for the cache's next tick is set back first.
    const threeMonths = screen.getByRole('radio', { name: 'Last 3 months' });
    act(() => fireEvent.click(threeMonths));
    expect((threeMonths as HTMLInputElement).checked).toBe(true);
    expect(within(alexRow()).queryByRole('button', { name: '3' })).toBeNull();
    expect(within(heatmap()).getAllByRole('columnheader')).toHaveLength(1);
    const averages = screen.getByRole('table', { name: 'Team average per statement' });
    expect(within(averages).getAllByRole('row')).toHaveLength(1);

    const line = screen.getByRole('button', { name: /constructive feedback/ });
    expect(line.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(line);
    expect(line.getAttribute('aria-pressed')).toBe('false');
  });
});
