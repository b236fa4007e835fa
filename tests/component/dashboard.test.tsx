// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
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

function renderDashboard() {
  return render(
    <DataProvider>
      <I18nProvider language="en">
        <Dashboard />
      </I18nProvider>
    </DataProvider>,
  );
}

describe('dashboard', () => {
  it('says how to get started when there are no sessions', async () => {
    services = startBackground();
    renderDashboard();
    expect(await screen.findByText(/No 1:1s yet/)).toBeTruthy();
  });

  it('lists past sessions and shows the notes of the chosen one in agenda order', async () => {
    services = startBackground();
    const alex = await services.sessions.openForMeeting({ site: 'meet', code: 'abc-defg-hij' }, '1:1 Alex', 'en');
    const sam = await services.sessions.openForMeeting({ site: 'zoom', code: '123456789' }, '1:1 Sam', 'en');
    await services.notes.saveText(alex.id, 'wrap-up', 'Alex: follow up on training budget');
    await services.notes.saveText(alex.id, 'start', 'Alex had a rough week');
    await services.notes.saveText(sam.id, 'start', 'Sam is on track');
    renderDashboard();

    const list = await screen.findByRole('navigation', { name: 'Past sessions' });
    expect(list.textContent).toContain('1:1 Alex');
    expect(list.textContent).toContain('1:1 Sam');
    await userEvent.click(screen.getByRole('button', { name: /1:1 Alex/ }));
    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['Start', 'Wrap-up']);
    expect(screen.getByText('Alex had a rough week')).toBeTruthy();
    expect(screen.queryByText('Sam is on track')).toBeNull();
  });
});
