// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import type { Services } from '@/entrypoints/background/services';
import { startBackground } from './support/background';

let services: Services | undefined;
const week = 7 * 86_400_000;
const firstSession = new Date(2026, 8, 1, 10).getTime();

beforeEach(() => {
  // Only the clock: sessions start a week apart, as a person's weekly 1:1s do.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(firstSession);
});

afterEach(async () => {
  cleanup();
  await services?.db.delete();
  services = undefined;
  vi.useRealTimers();
});

/** A person with one weekly session per answer, each answering the feedback statement; the sessions, oldest first. */
async function personAnswering(background: Services, name: string, answers: readonly number[]) {
  const person = await background.coaching.people.save(name.toLowerCase(), {}, () => ({ name, role: '', notes: '', meetingKeys: [] }));
  const sessions = [];
  for (const [index, value] of answers.entries()) {
    vi.setSystemTime(firstSession + index * week);
    const session = await background.sessions.openForMeeting({ site: 'meet', code: `${name.toLowerCase()}-defg-h${String.fromCharCode(97 + index)}j` }, `1:1 ${name} ${index + 1}`, 'en');
    await background.sessions.setPerson(session.id, person.id);
    await background.coaching.rate({ ...session, personId: person.id }, { statementId: 'pd-get-feedback' }, value, '');
    sessions.push(session);
  }
  return { person, sessions };
}

/** A person with one session now, in which nothing was rated. */
async function personWithoutAnswers(background: Services, name: string) {
  const person = await background.coaching.people.save(name.toLowerCase(), {}, () => ({ name, role: '', notes: '', meetingKeys: [] }));
  const session = await background.sessions.openForMeeting({ site: 'meet', code: `${name.toLowerCase()}-defg-hij` }, `1:1 ${name}`, 'en');
  await background.sessions.setPerson(session.id, person.id);
}

function renderTeam() {
  return render(
    <DataProvider>
      <I18nProvider language="en">
        <Dashboard initialTab="team" />
      </I18nProvider>
    </DataProvider>,
  );
}

const groups = async () => (await within(await screen.findByRole('region', { name: 'Patterns to look at' })).findAllByRole('heading', { level: 4 })).map((heading) => heading.textContent);
const groupOf = (name: string) => screen.getByRole('listitem', { name });

describe('team view flags', () => {
  it('lists the person with a drop first, explains the rule, and opens the session where the drop began', async () => {
    services = startBackground();
    // Sam's last three answers fell 6 → 4 within their usual range: no drop. Sam has three overdue items, two of them the manager's.
    const sam = await personAnswering(services, 'Sam', [4, 5, 6, 4, 5, 6, 5, 4, 6, 5, 4]);
    for (const [index, due] of ['2026-10-20', '2026-10-05', '2026-11-01'].entries()) {
      await services.coaching.actionItems.save(`sam-item-${index}`, {}, () => ({ sessionId: sam.sessions[index]!.id, personId: sam.person.id, text: `Item ${index}`, owner: index === 1 ? 'report' : 'manager', due, doneAt: null }));
    }
    const alex = await personAnswering(services, 'Alex', [6, 6, 6, 6, 6, 6, 6, 6, 4, 2]);
    vi.setSystemTime(firstSession + 11 * week);
    renderTeam();

    expect(await groups()).toEqual(['Alex', 'Sam']);
    const alexFlags = groupOf('Alex');
    expect(alexFlags.textContent).toContain('“I get constructive feedback');
    expect(alexFlags.textContent).toContain('fell to 2 from a usual 6: low for the last 2 answers');
    expect(within(groupOf('Sam')).queryByText(/fell to/)).toBeNull();
    expect(groupOf('Sam').textContent).toContain('3 action items overdue, 2 of them yours, the oldest due Oct 5, 2026');

    const heatmap = screen.getByRole('table', { name: 'Latest answer per person' });
    const row = (name: string) => within(heatmap).getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row('Alex')).getByRole('button', { name: /^2\s*\(Flagged\)$/ }).textContent).toContain('2 ⚑');
    expect(within(row('Sam')).getByRole('button', { name: '4' })).toBeTruthy();

    await userEvent.click(within(alexFlags).getByText('Why is this flagged?'));
    // This person's numbers first, then the rule.
    expect(within(alexFlags).getByText('Usually about 6 (the 8 answers before); the last 2: 4, then 2.')).toBeTruthy();
    expect(within(alexFlags).getByText(/at least the last 2 answers are all below this person’s own average of up to 52 answers before them, by more than 1.75 times/)).toBeTruthy();

    const drop = within(alexFlags).getByText(/fell to 2/).closest('li')!;
    await userEvent.click(within(drop).getByRole('button', { name: 'Open session' }));
    expect(await screen.findByRole('heading', { name: new RegExp(alex.sessions[8]!.meeting.title) })).toBeTruthy();
  });

  it('says once that a person has had no check-in ratings for 90 days, and nothing within 90 days of a first 1:1', async () => {
    services = startBackground();
    await personAnswering(services, 'Pat', [5]);
    await personWithoutAnswers(services, 'Kim');
    vi.setSystemTime(firstSession + 100 * 86_400_000);
    await personWithoutAnswers(services, 'Lou');
    renderTeam();

    expect((await groups()).sort()).toEqual(['Kim', 'Pat']);
    expect(groupOf('Pat').textContent).toContain('No check-in ratings since Sep 1, 2026');
    expect(groupOf('Kim').textContent).toContain('No check-in ratings yet');
    expect(screen.queryByText(/not asked in 90 days/)).toBeNull();
  });

  it('says when nothing stands out', async () => {
    services = startBackground();
    renderTeam();
    expect(await screen.findByText('Nothing stands out right now.')).toBeTruthy();
  });
});
