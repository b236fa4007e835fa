// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import type { Services } from '@/entrypoints/background/services';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  await services?.db.delete();
  services = undefined;
});

/** A person with this many sessions, each on its own meeting and rated on one statement. */
async function personWithSessions(background: Services, count: number) {
  const person = await background.coaching.people.save('alex', {}, () => ({ name: 'Alex', role: '', notes: '', meetingKeys: [] }));
  for (let index = 0; index < count; index += 1) {
    const code = `abc-defg-${String.fromCharCode(97 + Math.floor(index / 26))}${String.fromCharCode(97 + (index % 26))}a`;
    const session = await background.sessions.openForMeeting({ site: 'meet', code }, `1:1 number ${index + 1}`, 'en');
    await background.sessions.setPerson(session.id, person.id);
    await background.coaching.rate({ ...session, personId: person.id }, { statementId: 'pd-get-feedback' }, 1 + (index % 7), '');
  }
}

function renderPeople() {
  return render(
    <DataProvider>
      <I18nProvider language="en">
        <Dashboard initialTab="people" />
      </I18nProvider>
    </DataProvider>,
  );
}

describe('people tab', () => {
  it('lists the newest 20 sessions first, shows the rest on request and moves focus to the first one revealed', async () => {
    services = startBackground();
    await personWithSessions(services, 23);
    renderPeople();

    const showAll = await screen.findByRole('button', { name: 'Show all 23 sessions' });
    const timeline = () => within(screen.getByRole('heading', { name: 'Sessions' }).nextElementSibling as HTMLElement).getAllByRole('button');
    expect(timeline()).toHaveLength(20);
    await userEvent.click(showAll);
    expect(timeline()).toHaveLength(23);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
    expect(document.activeElement).toBe(timeline()[20]);
  });

  it('makes the charts’ data table only when it is opened', async () => {
    services = startBackground();
    await personWithSessions(services, 3);
    renderPeople();

    const charts = (await screen.findByRole('heading', { name: 'Ratings over time (1–7)' })).closest('section')!;
    expect(within(charts).queryAllByRole('row')).toHaveLength(0);
    await userEvent.click(within(charts).getByText('Data behind the chart'));
    expect(within(charts).getAllByRole('row')).toHaveLength(4);
  });
});
