// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import { Recap } from '@/entrypoints/sidepanel/Recap';
import type { Services } from '@/entrypoints/background/services';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  await services?.db.delete();
  services = undefined;
  vi.useRealTimers();
});

it('marks the open action items from last time that are overdue, with dates in the page’s language', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 1, 10));
  services = startBackground();
  const person = await services.coaching.people.save('sam', {}, () => ({ name: 'Sam', role: '', notes: '', meetingKeys: [] }));
  const last = await services.sessions.openForMeeting({ site: 'meet', code: 'sam-defg-hij' }, '1:1 Sam', 'en');
  await services.sessions.setPerson(last.id, person.id);
  for (const [id, owner, due] of [['late', 'manager', '2026-12-04'], ['ahead', 'report', '2026-12-20']] as const) {
    await services.coaching.actionItems.save(id, {}, () => ({ sessionId: last.id, personId: person.id, text: `Item ${id}`, owner, due, doneAt: null }));
  }
  vi.setSystemTime(new Date(2026, 11, 8, 10));
  const now = await services.sessions.openForMeeting({ site: 'meet', code: 'sam-defg-hij' }, '1:1 Sam', 'en');
  await services.sessions.setPerson(now.id, person.id);
  const session = (await services.sessions.get(now.id))!;

  render(
    <DataProvider>
      <I18nProvider language="en">
        <Recap session={session} />
      </I18nProvider>
    </DataProvider>,
  );

  const late = (await screen.findByText(/Item late/)).closest('li')!;
  expect(late.textContent).toBe('Item late (Me, overdue, due Dec 4, 2026)');
  expect(late.className).toBe('overdue');
  const ahead = screen.getByText(/Item ahead/).closest('li')!;
  expect(ahead.textContent).toMatch(/, due Dec 20, 2026\)$/);
  expect(ahead.className).toBe('');
});
