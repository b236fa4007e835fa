// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import { App } from '@/entrypoints/sidepanel/App';
import type { Services } from '@/entrypoints/background/services';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  await services?.db.delete();
  services = undefined;
});

async function renderWithPerson() {
  services = startBackground();
  await services.coaching.people.save('sam', {}, () => ({ name: 'Sam', role: 'Designer', notes: '', meetingKeys: ['meet:abc-defg-hij'] }));
  const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' });
  render(
    <DataProvider>
      <I18nProvider language="en">
        <App tabId={tab.id!} />
      </I18nProvider>
    </DataProvider>,
  );
  await screen.findByText('Next time, calls on this link open with Sam.');
}

it('links the call to the person of its meeting, and rates a statement by keyboard with a why', async () => {
  await renderWithPerson();
  expect((screen.getByRole('combobox', { name: 'Person' }) as HTMLSelectElement).value).toBe('sam');
  await userEvent.click(screen.getByRole('tab', { name: 'Check-in' }));
  const scales = await screen.findAllByRole('radiogroup', { name: /^Agreement with/ });
  expect(scales).toHaveLength(3);
  within(scales[0]!).getByRole('radio', { name: '1' }).focus();
  await userEvent.keyboard('5');
  expect(within(scales[0]!).getByRole('radio', { name: '5' }).getAttribute('aria-checked')).toBe('true');
  const why = screen.getAllByRole('textbox', { name: 'What made you choose this answer?' })[0]!;
  await userEvent.type(why, 'Clear goals');
  await userEvent.tab();
  await waitFor(async () => {
    const ratings = await services!.coaching.ratings.all();
    expect(ratings.map((r) => [r.value, r.comment, r.personId])).toEqual([[5, 'Clear goals', 'sam']]);
  });
});

it('asks for a person before OKRs, and adds an objective once linked', async () => {
  await renderWithPerson();
  await userEvent.click(screen.getByRole('tab', { name: 'OKRs' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Add objective' }));
  const objective = await screen.findByRole('textbox', { name: 'Objective' });
  await userEvent.type(objective, 'Design system v2');
  await userEvent.tab();
  await waitFor(async () => expect((await services!.coaching.objectives.all()).map((o) => o.text)).toEqual(['Design system v2']));

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Person' }), '');
  await waitFor(() => expect(screen.getByText(/Link this session to a person/)).toBeTruthy());
});
