// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
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
        <Dashboard initialTab="sessions" />
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
    await services.notes.saveText(alex.id, 'next-steps', 'Alex: follow up on training budget');
    await services.notes.saveText(alex.id, 'check-in', 'Alex had a rough week');
    await services.notes.saveText(sam.id, 'check-in', 'Sam is on track');
    renderDashboard();

    const list = await screen.findByRole('navigation', { name: 'Past sessions' });
    expect(list.textContent).toContain('1:1 Alex');
    expect(list.textContent).toContain('1:1 Sam');
    await userEvent.click(screen.getByRole('button', { name: /1:1 Alex/ }));
    const headings = (await screen.findAllByRole('heading', { level: 3 })).filter((heading) => heading.closest('.note-block'));
    expect(headings.map((h) => h.textContent)).toEqual(['Your topics', 'Next steps']);
    expect(screen.getByText('Alex had a rough week')).toBeTruthy();
    expect(screen.queryByText('Sam is on track')).toBeNull();
  });
});

describe('the address', () => {
  it('switches the open dashboard to the tab a link names (#people)', async () => {
    services = startBackground();
    renderDashboard();
    await screen.findByText(/No 1:1s yet/);
    location.hash = '#people';
    await waitFor(() => expect(screen.getByRole('tab', { name: 'People' }).getAttribute('aria-selected')).toBe('true'));
    history.replaceState(null, '', location.pathname);
  });
});

describe('own statements and sets', () => {
  it('adds a statement, groups statements into a set, and deletes with undo', async () => {
    services = startBackground();
    renderDashboard();
    await userEvent.click(await screen.findByRole('tab', { name: 'Questions' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'New statement' }), 'I know what is expected of me.');
    await userEvent.click(screen.getByRole('button', { name: 'Add statement' }));
    expect(await screen.findByText('I know what is expected of me.', { selector: 'strong' })).toBeTruthy();

    await userEvent.type(screen.getByRole('textbox', { name: 'Name of the set' }), 'Quarterly pulse');
    await userEvent.click(screen.getByRole('checkbox', { name: 'I know what is expected of me.' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /satisfied with my team lead/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save set' }));
    expect(await screen.findByText('Quarterly pulse')).toBeTruthy();
    const [set] = await services.coaching.statementSets.all();
    expect(set!.statementIds).toHaveLength(2);

    const item = screen.getByText('I know what is expected of me.', { selector: 'strong' }).closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: 'Delete' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await services!.coaching.statements.all()).map((s) => s.text)).toEqual(['I know what is expected of me.']));
  });
});
