// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import type { Services } from '@/entrypoints/background/services';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import type { Language } from '@/utils/i18n/catalog';
import { startBackground } from './support/background';

const day = 86_400_000;
const today = new Date(2026, 11, 7, 12).getTime();
let services: Services | undefined;

beforeEach(() => {
  // Only the clock: sessions are placed in time, while the database's and React's timers run.
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(async () => {
  cleanup();
  // Sync pushes edits a few seconds after them: not into the database closed below.
  await services?.sync.disconnect();
  await services?.db.delete();
  services = undefined;
  vi.useRealTimers();
});

/** Alex's weekly 1:1s, oldest first: the manager's words and Alex's in each, or null where the captions measured nothing. */
async function alexMeasured(background: Services, sessions: readonly ({ you: number; alex: number } | null)[]) {
  vi.setSystemTime(today - 2000 * day);
  const person = await background.coaching.people.save('alex', {}, () => ({ name: 'Alex', role: '', notes: '', meetingKeys: [] }));
  for (const [index, words] of sessions.entries()) {
    vi.setSystemTime(today - 7 * (sessions.length - 1 - index) * day);
    const session = await background.sessions.openForMeeting({ site: 'meet', code: `abc-defg-h${String.fromCharCode(97 + index)}a` }, `1:1 number ${index + 1}`, 'en');
    await background.sessions.setPerson(session.id, person.id);
    if (words) {
      await background.sessions.setListening(session.id, {
        speakers: [
          { name: 'You', sections: { start: words.you } },
          { name: 'Alex', sections: { start: words.alex } },
        ],
        managerSpeaker: 'You',
        managerConfirmed: false,
      });
    }
  }
  vi.setSystemTime(today);
}

function renderPeople(language: Language = 'en') {
  return render(
    <DataProvider>
      <I18nProvider language={language}>
        <Dashboard initialTab="people" />
      </I18nProvider>
    </DataProvider>,
  );
}

describe('person view: your share of the talking', () => {
  it('shows the share per measured 1:1 with its trend in words, and the data in a table', async () => {
    services = startBackground();
    await alexMeasured(services, [
      { you: 70, alex: 30 },
      null,
      { you: 60, alex: 40 },
      { you: 50, alex: 50 },
      { you: 40, alex: 60 },
    ]);
    renderPeople();
    const section = (await screen.findByRole('heading', { name: 'Your share of the talking' })).closest('section')!;
    expect(within(section).getByText('Last 1:1: you 40%')).toBeTruthy();
    // 70, then 60 two weeks later, then 50 and 40 weekly: the fitted line runs from 71.7 to 42.
    expect(section.textContent).toContain('trend: down 29.7 points in this range');
    await userEvent.click(within(section).getByText('Data behind the chart'));
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').at(-1)!.textContent)).toEqual(['70', '60', '50', '40']);
  });

  it('is not there for a person whose 1:1s were never measured', async () => {
    services = startBackground();
    await alexMeasured(services, [null, null]);
    renderPeople();
    await screen.findByRole('heading', { level: 2, name: 'Alex' });
    await screen.findByText('1:1 number 2');
    expect(screen.queryByRole('heading', { name: 'Your share of the talking' })).toBeNull();
  });

  it.each<{ language: Language; title: string; last: string; trend: string }>([
    { language: 'nl', title: 'Jouw aandeel in het gesprek', last: 'Laatste 1:1: jij 40%', trend: 'trend: 20 punten omlaag in deze periode' },
    { language: 'de', title: 'Dein Redeanteil', last: 'Letztes 1:1: du 40 %', trend: 'Trend: 20 Punkte niedriger in diesem Zeitraum' },
  ])('speaks $language', async ({ language, title, last, trend }) => {
    services = startBackground();
    await alexMeasured(services, [{ you: 60, alex: 40 }, { you: 40, alex: 60 }]);
    renderPeople(language);
    const section = (await screen.findByRole('heading', { name: title })).closest('section')!;
    expect(within(section).getByText(last)).toBeTruthy();
    expect(section.textContent).toContain(trend);
  });
});
