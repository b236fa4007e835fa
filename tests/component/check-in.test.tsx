// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import { App } from '@/entrypoints/sidepanel/App';
import type { Services } from '@/entrypoints/background/services';
import { contentPacks } from '@/utils/content/packs';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  await services?.db.delete();
  services = undefined;
});

/** A sidebar page of its own, with a cache of its own, as when the sidebar is opened again. */
function renderSidebar(tabId: number) {
  render(
    <DataProvider>
      <I18nProvider language="en">
        <App tabId={tabId} />
      </I18nProvider>
    </DataProvider>,
  );
}

async function renderWithPerson(seed?: (background: Services) => Promise<unknown>): Promise<number> {
  services = startBackground();
  await services.coaching.people.save('sam', {}, () => ({ name: 'Sam', role: 'Designer', notes: '', meetingKeys: ['meet:abc-defg-hij'] }));
  await seed?.(services);
  const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' });
  renderSidebar(tab.id!);
  await screen.findByText('Next time, calls on this link open with Sam.');
  return tab.id!;
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

it('shows the saved rating and comment when Check-in is opened again, also in a reopened sidebar', async () => {
  const objective = { personId: 'sam', period: '2025-Q1', text: 'Design system v2', confidence: 5, successStory: '', personalBenefit: '' };
  const tabId = await renderWithPerson((background) => background.coaching.objectives.save('design-system', objective, () => objective));
  await userEvent.click(screen.getByRole('tab', { name: 'Check-in' }));
  const [statement] = await screen.findAllByRole('radiogroup', { name: /^Agreement with/ });
  const statementName = statement!.getAttribute('aria-label')!;
  await userEvent.click(within(statement!).getByRole('radio', { name: '6' }));
  await userEvent.type(screen.getAllByRole('textbox', { name: 'What made you choose this answer?' })[0]!, 'Clear goals');
  const progress = await screen.findByRole('radiogroup', { name: /Design system v2/ });
  await userEvent.click(within(progress).getByRole('radio', { name: '8' }));
  await userEvent.type(screen.getByRole('textbox', { name: 'What would get you one level higher?' }), 'Tokens shipped');
  await userEvent.tab();
  await waitFor(async () => expect((await services!.coaching.ratings.all()).map((r) => [r.value, r.comment]).sort()).toEqual([[6, 'Clear goals'], [8, 'Tokens shipped']]));

  const expectSaved = async () => {
    const scale = await screen.findByRole('radiogroup', { name: statementName });
    await waitFor(() => expect(within(scale).getByRole('radio', { name: '6' }).getAttribute('aria-checked')).toBe('true'));
    expect(screen.getByDisplayValue('Clear goals')).toBeTruthy();
    const objective = screen.getByRole('radiogroup', { name: /Design system v2/ });
    expect(within(objective).getByRole('radio', { name: '8' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByDisplayValue('Tokens shipped')).toBeTruthy();
  };
  await userEvent.click(screen.getByRole('tab', { name: 'Agenda' }));
  await userEvent.click(screen.getByRole('tab', { name: 'Check-in' }));
  await expectSaved();

  cleanup();
  renderSidebar(tabId);
  await userEvent.click(await screen.findByRole('tab', { name: 'Check-in' }));
  await expectSaved();
});

it('offers the psychological-safety set to ask, without putting its statements into the usual suggestions', async () => {
  await renderWithPerson();
  await userEvent.click(screen.getByRole('tab', { name: 'Check-in' }));
  const suggested = await screen.findAllByRole('radiogroup', { name: /^Agreement with/ });
  const safety = Object.values(contentPacks.en.safetySet.statements);
  for (const scale of suggested) expect(safety.some((text) => scale.getAttribute('aria-label')!.includes(text))).toBe(false);

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Ask a set…' }), 'Psychological safety');
  await waitFor(() => expect(screen.getAllByRole('radiogroup', { name: /^Agreement with/ })).toHaveLength(safety.length));
  for (const text of safety) expect(screen.getByRole('radiogroup', { name: `Agreement with: ${text}` })).toBeTruthy();
});
